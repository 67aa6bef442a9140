import { StrictMode, useEffect, type ReactNode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { preloadPiece } from "../lesson/pieceContent";
import { basePath } from "../ui/urls";
import { App } from "./App";
import { pieceForPath } from "./match";

const container = document.getElementById("root");
if (!container) throw new Error("No #root element");

const appPath = window.location.pathname.slice(basePath.length) || "/";
const shown = pieceForPath(appPath);
const ready = shown ? preloadPiece(shown.key, shown.tier).catch(() => undefined) : Promise.resolve();

/**
 * Marks the page `data-interactive` once React has taken over the prerendered markup and every component's
 * effects have run (a parent's effects run after its children's), so keyboard shortcuts and the rest listen.
 */
function Interactive({ children, root }: { children: ReactNode; root: HTMLElement }) {
  useEffect(() => {
    root.dataset.interactive = "";
  }, [root]);
  return children;
}

void ready.then(() => {
  const app = (
    <StrictMode>
      <Interactive root={container}>
        <BrowserRouter basename={basePath || undefined}>
          <App />
        </BrowserRouter>
      </Interactive>
    </StrictMode>
  );
  // A page prerendered for another address (the static host's 404 page) is rendered afresh, not hydrated.
  if (container.dataset.path === appPath.replace(/\/$/, "") || (container.dataset.path === "/" && appPath === "/")) {
    // Not inside startTransition: hydrating in slices measured less blocking time, but it left the page
    // half-hydrated for longer, and an update arriving meanwhile made React throw away the prerendered rest
    // of the piece and render it afresh (error 421, seen now and then in the browser tests).
    hydrateRoot(container, app);
  } else {
    createRoot(container).render(app);
  }
  // Offline support starts once the page is interactive, and never in development.
  if (import.meta.env.PROD) {
    const register = () => void import("./offline").then((m) => m.registerOffline());
    if (document.readyState === "complete") register();
    else window.addEventListener("load", register, { once: true });
  }
});
