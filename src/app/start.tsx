import { StrictMode, startTransition, useEffect, type ReactNode } from "react";
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
    // As a transition, hydration yields to the browser every few milliseconds instead of holding the main
    // thread for the whole page; a click meanwhile makes React finish it at once. Nothing above the rest
    // of the piece changes while that part is still hydrating (src/lesson/answerKey.ts), so React keeps
    // its prerendered text.
    startTransition(() => {
      hydrateRoot(container, app);
    });
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
