// Renders a piece's text at one altitude to HTML, once, when the page is built: the prose as segments of
// markup, and between them the islands (exercises, simulators) with their attributes. Build time only.
import type { ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { Island, PieceMeta, Tier } from "../../course";
import { t } from "./strings";
import { sourceAnchor, textComponents } from "./components";
import { TextContext } from "./TextContext";

export type TextBlock = { kind: "prose"; html: string } | { kind: "island"; index: number };

const mark = /<seams-island data-i="(\d+)"><\/seams-island>/g;

export function renderText(Content: ComponentType<{ components?: Record<string, unknown> }>, piece: PieceMeta, tier: Tier): { blocks: TextBlock[]; islands: Island[] } {
  const islands: Island[] = [];
  const embed = (island: Island) => islands.push(island) - 1;
  const html = renderToStaticMarkup(
    <TextContext.Provider value={{ piece, tier, embed }}>
      <Content components={textComponents} />
    </TextContext.Provider>,
  );
  const blocks: TextBlock[] = [];
  let at = 0;
  for (const match of html.matchAll(mark)) {
    const prose = html.slice(at, match.index);
    if (prose.trim()) blocks.push({ kind: "prose", html: prose });
    blocks.push({ kind: "island", index: Number(match[1]) });
    at = (match.index ?? 0) + match[0].length;
  }
  const rest = html.slice(at);
  if (rest.trim()) blocks.push({ kind: "prose", html: rest });
  return { blocks, islands };
}

/** The sources this altitude cites, numbered in the order it first cites them. */
export function renderSources(piece: PieceMeta, tier: Tier): string {
  const cited = piece.citations[tier].map((id) => piece.sources.find((s) => s.id === id)).filter((s) => s !== undefined);
  return renderToStaticMarkup(
    <section className="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{t("piece.sources")}</h2>
      <ol>
        {cited.map((s) => (
          <li key={s.id} id={sourceAnchor(s.id)} tabIndex={-1}>
            <a href={s.url} rel="noopener noreferrer">
              {s.title}
            </a>
            <span className="source-publisher">, {s.publisher}</span>
            <span className="source-url">{s.url}</span>
          </li>
        ))}
      </ol>
    </section>,
  );
}
