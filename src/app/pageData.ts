// Fetches the data of the page at an address, as the build wrote it beside the page (page.json). An address
// the build has no page for is an altitude that does not exist (the piece is shown at the first one, with a
// notice) or nothing at all (the not-found page).
import type { NotFoundPageData } from "../course/pages";
import { defaultTier, isTier } from "../course/tiers";
import { decodePart, notFoundDataPath, pageDataPath, parseAddress } from "../course/urls";
import { basePath } from "../ui/urls";
import type { PageEnvelope } from "../ui/navigation";

const cache = new Map<string, Promise<PageEnvelope>>();

async function fetchJson(path: string, signal?: AbortSignal): Promise<PageEnvelope | null> {
  const response = await fetch(`${basePath}${path}`, { signal });
  if (response.status === 404) return null;
  if (!response.ok || !(response.headers.get("content-type") ?? "").includes("json")) throw new Error(`the server answered ${response.status}`);
  return (await response.json()) as PageEnvelope;
}

/** The not-found page's data, once: it lists the pieces there are. */
let notFound: NotFoundPageData | null = null;

async function notFoundData(signal?: AbortSignal): Promise<NotFoundPageData> {
  if (notFound) return notFound;
  const missing = await fetchJson(notFoundDataPath, signal);
  if (!missing || missing.page.kind !== "not-found") throw new Error("the not-found page is missing");
  return (notFound = missing.page);
}

/** The not-found page the build wrote, for an address it has no page for (and so no page.json). */
export function knowNotFound(page: NotFoundPageData): void {
  notFound = page;
}

async function fetchPage(path: string, signal?: AbortSignal): Promise<PageEnvelope> {
  const address = parseAddress(path);
  const missing = async (): Promise<PageEnvelope> => ({ path, page: { ...(await notFoundData(signal)), path }, blocks: [] });
  // Without the page's data, ask for nothing the build cannot have: a piece it does not know, a page off its map.
  if (address.kind === "other") return missing();
  if (address.kind === "piece" && notFound && !notFound.pieces.includes(`${address.track}/${address.piece}`)) return missing();
  if (address.kind === "piece" && address.tier !== null && !isTier(address.tier)) {
    const piece = await fetchJson(pageDataPath(`/${address.track}/${address.piece}/${defaultTier}`), signal);
    if (piece && piece.page.kind === "piece") return { ...piece, path, page: { ...piece.page, pinned: false, unknownTier: decodePart(address.tier) } };
    return missing();
  }
  return (await fetchJson(pageDataPath(path), signal)) ?? missing();
}

/** The page at an address; fetched once, and again only if that failed. */
export function loadPage(path: string, signal?: AbortSignal): Promise<PageEnvelope> {
  const known = cache.get(path);
  if (known) return known;
  const loading = fetchPage(path, signal);
  cache.set(path, loading);
  loading.catch(() => cache.delete(path));
  return loading;
}
