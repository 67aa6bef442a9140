// Which piece an address shows, so its text can be loaded before the page hydrates.
import { matchPath } from "react-router";
import { findPiece, pieceKey, tracks } from "../course";

export function pieceKeyForPath(pathname: string): string | null {
  const m = matchPath("/:track/:piece/:tier?", pathname);
  if (!m) return null;
  const found = findPiece(tracks, { track: m.params.track ?? "", piece: m.params.piece ?? "" });
  return found ? pieceKey({ track: found.piece.track, piece: found.piece.slug }) : null;
}
