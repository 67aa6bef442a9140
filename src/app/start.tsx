// Takes over the prerendered page: reads its data, fetches the view of its kind, and hydrates the page
// around the text (the text itself is the build's markup, which React leaves alone). A page prerendered for
// another address (the static host's 404 page) is replaced by the page of the address the browser asked for.
import { StrictMode, startTransition, useEffect, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { createRoot, hydrateRoot } from "react-dom/client";
import { navigation, appPath, type PageEnvelope, type Shown } from "../ui/navigation";
import { App } from "./App";
import { replayEarlyInput } from "./early";
import { loadView } from "./views";

const container = document.getElementById("root");
if (!container) throw new Error("No #root element");

/**
 * Marks the page `data-interactive` once React has taken over and every component's effects have run (a
 * parent's effects run after its children's), then does what the learner asked for before that.
 */
function Interactive({ children, root }: { children: ReactNode; root: HTMLElement }) {
  useEffect(() => queueMicrotask(() => replayEarlyInput(root, () => (root.dataset.interactive = ""), flushSync)), [root]);
  return children;
}

const router = (shown: Shown) => import("./router").then((m) => m.createRouter(shown));

function readPage(): Omit<PageEnvelope, "blocks"> | null {
  try {
    return JSON.parse(document.getElementById("seams-page")?.textContent ?? "null") as Omit<PageEnvelope, "blocks"> | null;
  } catch {
    return null;
  }
}

async function start(root: HTMLElement) {
  const here = appPath();
  const prerendered = readPage();
  const app = (
    <StrictMode>
      <Interactive root={root}>
        <App />
      </Interactive>
    </StrictMode>
  );
  if (prerendered && prerendered.path === here) {
    navigation.start({ ...prerendered, blocks: null }, router);
    await loadView(prerendered.page.kind);
    // As a transition, hydration gives the main thread back every few milliseconds instead of holding it
    // for the whole page; a press meanwhile hydrates what it lands on first.
    startTransition(() => {
      hydrateRoot(root, app, { onRecoverableError: (error) => console.error("The page did not match its prerendered markup:", error) });
    });
  } else {
    const { knowNotFound, loadPage } = await import("./pageData");
    if (prerendered?.page.kind === "not-found") knowNotFound(prerendered.page);
    const envelope = await loadPage(here);
    navigation.start(envelope, router);
    await loadView(envelope.page.kind);
    createRoot(root).render(app);
  }
  // Offline support starts once the page is interactive, and never in development.
  if (import.meta.env.PROD) {
    const register = () => void import("./offline").then((m) => m.registerOffline());
    if (document.readyState === "complete") register();
    else window.addEventListener("load", register, { once: true });
  }
}

void start(container).catch((error: unknown) => {
  console.error("The app could not start:", error);
  document.querySelector(".app-failed")?.removeAttribute("hidden");
});
