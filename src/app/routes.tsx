// The app's addresses. The climb at the root; a piece at /<track>/<piece>, optionally pinned to an
// altitude with /<track>/<piece>/<altitude>; a section with #<section-id>. An unknown altitude falls back
// to junior with a notice; an unknown track or piece gets the not-found page.
import { Route, Routes, useParams } from "react-router";
import { defaultTier, findPiece, isTier, tracks } from "../course";
import { PiecePage } from "../lesson/PiecePage";
import { ClimbPage } from "./ClimbPage";
import { NotFound } from "./NotFound";

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/" element={<ClimbPage />} />
      <Route path="/:track/:piece" element={<PieceRoute />} />
      <Route path="/:track/:piece/:tier" element={<PieceRoute />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

function PieceRoute() {
  const params = useParams();
  const found = findPiece(tracks, { track: params.track ?? "", piece: params.piece ?? "" });
  if (!found) return <NotFound />;
  // An altitude that does not exist (a typo, an old link) shows the piece at the default one, with a notice.
  const unknownTier = params.tier !== undefined && !isTier(params.tier) ? params.tier : undefined;
  const tier = isTier(params.tier) ? params.tier : defaultTier;
  return (
    <PiecePage
      key={`${found.piece.track}/${found.piece.slug}`}
      track={found.track}
      piece={found.piece}
      tier={tier}
      pinned={params.tier !== undefined}
      unknownTier={unknownTier}
    />
  );
}

/** Every address the static build writes a page for. */
export function prerenderedPaths(): string[] {
  const paths = ["/"];
  for (const track of tracks) {
    for (const piece of track.pieces) {
      const base = `/${track.slug}/${piece.slug}`;
      paths.push(base, `${base}/junior`, `${base}/middle`, `${base}/senior`);
    }
  }
  return paths;
}
