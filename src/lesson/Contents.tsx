import type { SectionMeta } from "../course";
import { t } from "../ui/strings";
import { TierMark } from "./SectionHeading";

/** The table of contents for the altitude being read. */
export function Contents({ sections }: { sections: SectionMeta[] }) {
  const top = sections.filter((s) => s.depth === 2);
  return (
    <nav className="contents" aria-labelledby="contents-title">
      <h2 id="contents-title" className="contents-title">
        {t("piece.contents")}
      </h2>
      <ol>
        {top.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`}>{s.title}</a> <TierMark tiers={s.tiers} />
          </li>
        ))}
      </ol>
    </nav>
  );
}
