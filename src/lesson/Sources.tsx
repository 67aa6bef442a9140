import type { Source } from "../course";
import { t } from "../ui/strings";
import { sourceAnchor } from "./Cite";

export function Sources({ sources }: { sources: Source[] }) {
  return (
    <section className="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{t("piece.sources")}</h2>
      <ol>
        {sources.map((s) => (
          <li key={s.id} id={sourceAnchor(s.id)} tabIndex={-1}>
            <a href={s.url} rel="noopener noreferrer">
              {s.title}
            </a>
            <span className="source-publisher">, {s.publisher}</span>
            <span className="source-url">{s.url}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
