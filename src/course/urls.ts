// The app's addresses, built in one place: the climb at the root, a piece at /<track>/<piece>, optionally
// pinned to an altitude (/<track>/<piece>/<altitude>), a section or exercise with #<id>. Links, the router,
// the prerender and the tests all build addresses here. Addresses are inside the app, without its sub-path.
import type { Tier } from "./tiers";

export function piecePath(piece: { track: string; slug: string }, tier?: Tier, sectionId?: string): string {
  return `/${piece.track}/${piece.slug}${tier ? `/${tier}` : ""}${sectionId ? `#${sectionId}` : ""}`;
}
