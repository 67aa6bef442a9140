// The app's addresses, built and read in one place: the climb at the root, a piece at /<track>/<piece>,
// optionally pinned to an altitude (/<track>/<piece>/<altitude>), a section or an exercise with #<id>;
// the sandbox at /sandbox.
// Links, the navigation, the prerender and the tests all use it. Addresses are inside the app, without
// the sub-path it is served from.
import { isTier, type Tier } from "./tiers";

export function piecePath(piece: { track: string; slug: string }, tier?: Tier, sectionId?: string): string {
  return `/${piece.track}/${piece.slug}${tier ? `/${tier}` : ""}${sectionId ? `#${sectionId}` : ""}`;
}

/** The sandbox: a learner's own Deployment, simulated. Its manifest travels in the fragment (#m=…). */
export const sandboxPath = "/sandbox";

export type Address =
  | { kind: "climb" }
  | { kind: "sandbox" }
  /** `tier`: the altitude segment as written (it may name no altitude), or null when there is none. */
  | { kind: "piece"; track: string; piece: string; tier: string | null }
  | { kind: "other" };

const segment = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What an address asks for, from its path alone; whether the piece exists is for the course to say. */
export function parseAddress(pathname: string): Address {
  const parts = pathname.split("/").filter(Boolean);
  if (parts.length === 0) return { kind: "climb" };
  if (parts.length === 1 && parts[0] === sandboxPath.slice(1)) return { kind: "sandbox" };
  const [track, piece, tier] = parts;
  if (!track || !piece || parts.length > 3 || !segment.test(track) || !segment.test(piece)) return { kind: "other" };
  return { kind: "piece", track, piece, tier: tier ?? null };
}

/** The altitude an address pins, if it names one that exists. */
export function pinnedTier(address: Address): Tier | null {
  return address.kind === "piece" && isTier(address.tier) ? address.tier : null;
}

/** Where the data of the page at an address is kept in the build, beside its HTML. */
export function pageDataPath(pathname: string): string {
  const trimmed = pathname.replace(/\/+$/, "");
  return `${trimmed}/page.json`;
}

/** The not-found page's data, for an address the build has no page for. */
export const notFoundDataPath = "/404.json";

/** An address without trailing slashes, as the app compares them. */
export function normalPath(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, "") || "/" : "/";
}

/** A part of an address as typed (a hash, an altitude) may not be valid percent-encoding; it is then read as it is. */
export function decodePart(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
