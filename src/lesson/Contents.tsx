import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from "react";
import type { SectionMeta } from "../course/outline";
import { tierIndex, tiers, type Tier } from "../course/tiers";
import { t, tierName } from "../ui/strings";

/** Says which altitudes a section belongs to, when it is not all of them. */
export function TierMark({ tiers: shownAt }: { tiers: readonly Tier[] }) {
  if (shownAt.length === tiers.length || shownAt.length === 0) return null;
  const lowest = shownAt[0] as Tier;
  const upward = shownAt.length === tiers.length - tierIndex(lowest) && shownAt.at(-1) === tiers.at(-1);
  const text = upward && shownAt.length > 1 ? t("tierMark.from", { tier: tierName(lowest) }) : t("tierMark.only", { tier: tierName(lowest) });
  return <span className={`tier-mark tier-mark-${lowest}`}>{text}</span>;
}

/** The table of contents for the altitude being read; the section being read is marked once the page is running. */
export function Contents({ sections }: { sections: SectionMeta[] }) {
  const top = sections.filter((s) => s.depth === 2);
  const nav = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  // On a narrow screen the list is folded into a bar from the first paint (lesson.css); the bar opens it, and
  // choosing a section or Escape closes it again.
  const [open, setOpen] = useState(false);
  const onChoose = (event: MouseEvent) => {
    if ((event.target as Element).closest("a")) setOpen(false);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !open) return;
    setOpen(false);
    toggle.current?.focus();
  };
  useEffect(() => {
    let stop: (() => void) | undefined;
    let live = true;
    // Its own small chunk, fetched after the page is on screen: the first load stays as it is.
    void import("./currentSection").then(
      (m) => live && nav.current && (stop = m.markCurrentSection(nav.current)),
      () => undefined,
    );
    return () => {
      live = false;
      stop?.();
    };
  }, [sections]);
  return (
    <nav className="contents" aria-labelledby="contents-title" ref={nav} data-open={open ? "" : undefined} onClick={onChoose} onKeyDown={onKey}>
      <div className="contents-head">
        <h2 id="contents-title" className="contents-title">
          {t("piece.contents")}
        </h2>
        {/* On a narrow screen the list folds into a bar that stays at the top; the bar names the section being read. */}
        <button type="button" className="contents-toggle" aria-expanded={open} aria-controls="contents-list" ref={toggle} onClick={() => setOpen((o) => !o)}>
          <span className="contents-here">{t("contents.start", { count: top.length })}</span>
        </button>
        <div className="contents-progress" aria-hidden="true" />
      </div>
      <ol id="contents-list">
        {top.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`}>{s.title}</a> <TierMark tiers={s.tiers} />
          </li>
        ))}
      </ol>
    </nav>
  );
}
