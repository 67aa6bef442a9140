// The page arrives with its text already rendered. This module is all the browser runs before that text
// is on screen: it keeps what the learner does before the app is there (src/app/early.ts), waits for the
// first contentful paint, then fetches the app, which takes over the page around the text.
//
// The stylesheets every page needs are imported here, so that the build links them from the HTML and the
// first paint is already styled. Their order is the cascade's.
import "../rollout/slot.css";
import "../lesson/lesson.css";
import "./styles.css";
import "../exercises/exercises.css";
import { keepEarlyInput } from "./early";

keepEarlyInput();

/** Starts fetching the modules the prerenderer listed for this page (the app and the page's view), then runs the app. */
function start() {
  const root = document.getElementById("root");
  for (const href of root?.dataset.modules?.split(" ").filter(Boolean) ?? []) {
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.crossOrigin = "";
    link.href = href;
    document.head.append(link);
  }
  // React DOM is evaluated in a task of its own before the app, so that neither holds the main thread for
  // long; the app's module was fetched meanwhile (it is in the list above).
  import("react-dom/client")
    .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
    .then(() => import("./start"))
    .catch(() => {
      // The text stays readable; the prerendered message (src/app/Shell.tsx) says what is missing and what to do.
      document.querySelector(".app-failed")?.removeAttribute("hidden");
    });
}

/**
 * Calls `then` once the page's first contentful paint has reached the screen, or, should paint timing never
 * report (a hidden tab, a browser without it, a test's fake clock), once the page has had time to paint.
 */
function afterFirstPaint(then: () => void) {
  let started = false;
  const go = () => {
    if (started) return;
    started = true;
    then();
  };
  window.setTimeout(go, 3000);
  try {
    if (document.visibilityState !== "visible" || !PerformanceObserver.supportedEntryTypes.includes("paint")) return go();
    const observer = new PerformanceObserver((list) => {
      if (!list.getEntries().some((entry) => entry.name === "first-contentful-paint")) return;
      observer.disconnect();
      go();
    });
    observer.observe({ type: "paint", buffered: true });
  } catch {
    go();
  }
}

// The development server injects the stylesheets from script, so there the page is not ready to paint
// before the app runs; it starts at once.
if (import.meta.env.DEV) start();
else afterFirstPaint(start);
