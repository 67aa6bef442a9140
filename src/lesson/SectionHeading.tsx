import { useState, type ReactNode } from "react";
import { tierIndex, tiers, type Tier } from "../course";
import { t, tierName } from "../ui/strings";
import { absoluteUrl } from "../ui/urls";
import { useLesson } from "./LessonContext";

type Props = { id?: string; children?: ReactNode };

function textOf(node: ReactNode): string {
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  if (node && typeof node === "object" && "props" in node) return textOf((node.props as { children?: ReactNode }).children);
  return "";
}

/** A section heading with a control that copies a link to this section at the altitude being read. */
function SectionHeading({ level, id, children }: Props & { level: 2 | 3 }) {
  const { tier, hrefAt, piece } = useLesson();
  const section = piece.sections.find((s) => s.id === id);
  const [status, setStatus] = useState<string>("");
  const Tag = level === 2 ? "h2" : "h3";
  if (!id) return <Tag>{children}</Tag>;
  const title = textOf(children);

  const copy = async () => {
    const url = absoluteUrl(hrefAt(tier, id));
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t("section.copied", { url }));
    } catch {
      setStatus(t("section.copyFailed", { url }));
    }
  };

  return (
    <div className={`section-heading level-${level}`}>
      <Tag id={id} tabIndex={-1}>
        {children}
        {section && <TierMark tiers={section.tiers} />}
      </Tag>
      <button type="button" className="copy-link" onClick={copy} aria-label={t("section.copyLink", { title, tier: tierName(tier).toLowerCase() })}>
        <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16">
          <path d="M6.5 9.5l3-3M7 4.5l1.3-1.3a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5l-1.3 1.3a2.5 2.5 0 01-3.5-3.5L5.5 8" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
        </svg>
      </button>
      <span className="copy-status" role="status">
        {status}
      </span>
    </div>
  );
}

/** Says which altitudes a section belongs to, when it is not all of them. */
export function TierMark({ tiers: shownAt }: { tiers: readonly Tier[] }) {
  if (shownAt.length === tiers.length || shownAt.length === 0) return null;
  const lowest = shownAt[0] as Tier;
  const upward = shownAt.length === tiers.length - tierIndex(lowest) && shownAt.at(-1) === tiers.at(-1);
  const text = upward && shownAt.length > 1 ? t("tierMark.from", { tier: tierName(lowest) }) : t("tierMark.only", { tier: tierName(lowest) });
  return <span className={`tier-mark tier-mark-${lowest}`}>{text}</span>;
}

export function H2(props: Props) {
  return <SectionHeading level={2} {...props} />;
}

export function H3(props: Props) {
  return <SectionHeading level={3} {...props} />;
}
