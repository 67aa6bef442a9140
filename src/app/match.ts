// Which piece and altitude an address shows, so its text can be loaded before the page hydrates.
import { matchPath } from "react-router";
import { defaultTier, findPiece, isTier, pieceKey, tracks, type Tier } from "../course";

export function pieceForPath(pathname: string): { key: string; tier: Tier } | null {
  const m = matchPath("/:track/:piece/:tier?", pathname);
  if (!m) return null;
  const found = findPiece(tracks, { track: m.params.track ?? "", piece: m.params.piece ?? "" });
  if (!found) return null;
  if (m.params.tier !== undefined && !isTier(m.params.tier)) return null;
  return { key: pieceKey({ track: found.piece.track, piece: found.piece.slug }), tier: isTier(m.params.tier) ? m.params.tier : defaultTier };
}
