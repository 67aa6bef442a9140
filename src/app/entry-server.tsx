// Renders any address of the app to HTML: used by the build's prerender (scripts/prerender.mjs) and by the
// development server (scripts/dev-pages.ts). A piece's text is rendered to markup here, once; its islands
// are rendered as the browser will hydrate them; the page around them as the browser will hydrate it.
import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { pieceParts } from "virtual:piece-parts";
import { pieceText } from "virtual:piece-text";
import { tracks } from "virtual:course";
import { climbPage, findPiece, notFoundPage, pieceKey, piecePage, sandboxPage, type LayoutBlock, type PageData, type PiecePageData } from "../course/pages";
import { defaultTier, isTier, tiers } from "../course/tiers";
import { parseAddress, piecePath, sandboxPath } from "../course/urls";
import { answerKeySource } from "../lesson/answerKey";
import { islandIdPrefix, isIslandName, islandViews } from "../lesson/islands";
import { IslandRoot } from "../lesson/IslandRoot";
import type { Lesson } from "../lesson/LessonContext";
import { renderSources, renderText } from "../lesson/text/render";
import { navigation, type PageEnvelope } from "../ui/navigation";
import { App } from "./App";
import { loadView } from "./views";

/** Every address the static build writes a page for. */
export function prerenderedPaths(): string[] {
  const paths = ["/", sandboxPath];
  for (const track of tracks) for (const piece of track.pieces) paths.push(piecePath(piece), ...tiers.map((tier) => piecePath(piece, tier)));
  return paths;
}

export type Rendered = {
  html: string;
  title: string;
  description: string;
  /** 404 for an address the static build has no page for (a static host answers it with 404.html). */
  status: number;
  /** What the browser reads from the page (page.json holds the same, with the blocks' markup, for navigation). */
  envelope: PageEnvelope & { blocks: string[] };
};

async function pieceEnvelope(path: string, page: PiecePageData): Promise<PageEnvelope & { blocks: string[] }> {
  const found = findPiece(tracks, { track: page.piece.track, piece: page.piece.slug });
  const key = pieceKey({ track: page.piece.track, piece: page.piece.slug });
  const text = pieceText[key]?.[page.tier];
  const parts = pieceParts[key]?.[page.tier];
  if (!found || !text || !parts) throw new Error(`No text for ${key} at ${page.tier}`);
  const { blocks, islands } = renderText((await text()).default, found.piece, page.tier);
  const questions = (await parts.questions()).default;
  const lesson: Lesson = {
    piece: { track: page.piece.track, slug: page.piece.slug, title: page.piece.title },
    tier: page.tier,
    hrefAt: (at, id) => piecePath(page.piece, at, id),
    questions: new Map(questions.map((q) => [q.id, q])),
    answers: answerKeySource(`${key}/${page.tier}`, () => parts.key().then((m) => m.default)),
  };
  const islandHtml = await Promise.all(
    islands.map(async (island, index) => {
      if (!isIslandName(island.name)) throw new Error(`No island ${island.name}`);
      const View = await islandViews[island.name]();
      return renderToString(<IslandRoot View={View} props={island.props} lesson={lesson} />, { identifierPrefix: islandIdPrefix(index) });
    }),
  );
  const layout: LayoutBlock[] = [...blocks.map((b) => (b.kind === "prose" ? "prose" : b.index)), "prose"];
  const html = [...blocks.map((b) => (b.kind === "prose" ? b.html : (islandHtml[b.index] ?? ""))), renderSources(found.piece, page.tier)];
  return { path, page: { ...page, islands, layout }, blocks: html };
}

async function envelopeAt(path: string): Promise<PageEnvelope & { blocks: string[] }> {
  const address = parseAddress(path);
  if (address.kind === "climb") return { path, page: climbPage(tracks), blocks: [] };
  if (address.kind === "sandbox") return { path, page: sandboxPage(), blocks: [] };
  const found = address.kind === "piece" ? findPiece(tracks, { track: address.track, piece: address.piece }) : null;
  if (address.kind === "piece" && found) {
    const known = isTier(address.tier) ? address.tier : null;
    const unknownTier = address.tier !== null && !known ? address.tier : undefined;
    const page = piecePage(tracks, found.track, found.piece, known ?? defaultTier, { pinned: known !== null, ...(unknownTier !== undefined ? { unknownTier } : {}) });
    return pieceEnvelope(path, page);
  }
  return { path, page: notFoundPage(tracks, path), blocks: [] };
}

export async function render(path: string): Promise<Rendered> {
  const envelope = await envelopeAt(path);
  await loadView(envelope.page.kind);
  navigation.start(envelope);
  const html = renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  const page: PageData = envelope.page;
  return { html, title: page.head.title, description: page.head.description, status: prerenderedPaths().includes(path) ? 200 : 404, envelope };
}
