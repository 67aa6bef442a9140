import { StrictMode } from "react";
import { renderToString } from "react-dom/server";
import { StaticRouter } from "react-router";
import { findPiece, tracks } from "../course";
import { preloadPiece } from "../lesson/pieceContent";
import { tierName } from "../ui/strings";
import { App } from "./App";
import { pieceForPath } from "./match";
import { prerenderedPaths } from "./routes";

export { prerenderedPaths };

/** `status`: 404 for an address the static build has no page for (a static host answers it with 404.html). */
export type Rendered = { html: string; title: string; description: string; status: number };

export async function render(path: string): Promise<Rendered> {
  const shown = pieceForPath(path);
  if (shown) await Promise.all([preloadPiece(shown.key, shown.tier, "head"), preloadPiece(shown.key, shown.tier, "rest")]);
  const html = renderToString(
    <StrictMode>
      <StaticRouter location={path}>
        <App />
      </StaticRouter>
    </StrictMode>,
  );
  return { html, ...head(path), status: prerenderedPaths().includes(path) ? 200 : 404 };
}

function head(path: string): { title: string; description: string } {
  const [, track, piece, tier] = path.split("/");
  const found = track && piece ? findPiece(tracks, { track, piece }) : null;
  if (found) {
    const at = tier === "middle" || tier === "senior" ? tier : "junior";
    return { title: `${found.piece.title} (${tierName(at)}) · Seams`, description: found.piece.summary };
  }
  if (path === "/") return { title: "The climb · Seams", description: "An interactive course on how deployments fail in the seams between their stages." };
  return { title: "Nothing at this address · Seams", description: "This page does not exist." };
}
