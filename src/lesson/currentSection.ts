// Marks, in a piece's contents list, the section being read: the last section heading that has passed the
// upper third of the screen. It is looked for at most once a frame while the page scrolls. On a screen too
// narrow for a column beside the text, the list folds into a bar that stays at the top of the screen and
// names the section being read; it opens on a press and closes once a section is chosen. Without scripts
// the list stays as the page has it, unfolded, in the text's flow.
import { dictionary } from "../ui/strings";
import { headingsAbove } from "./readingPosition";

const t = dictionary({
  "contents.toggle": "Sections of this page, now reading: {section}",
});

/** Folds the list under its toggle, and returns what names the section being read on it and what unfolds it again. */
function fold(nav: HTMLElement): { name: (section: string | null) => void; stop: () => void } | null {
  const toggle = nav.querySelector<HTMLButtonElement>(".contents-toggle");
  const here = toggle?.querySelector<HTMLElement>(".contents-here");
  if (!toggle || !here) return null;
  const open = (yes: boolean) => {
    toggle.setAttribute("aria-expanded", String(yes));
    nav.toggleAttribute("data-open", yes);
  };
  const onToggle = () => open(toggle.getAttribute("aria-expanded") !== "true");
  const onChoose = (event: Event) => {
    if ((event.target as Element).closest("a")) open(false);
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !nav.hasAttribute("data-open")) return;
    open(false);
    toggle.focus();
  };
  toggle.addEventListener("click", onToggle);
  nav.addEventListener("click", onChoose);
  nav.addEventListener("keydown", onKey);
  open(false);
  return {
    name: (section) => {
      here.textContent = section ?? t("contents.start", { count: nav.querySelectorAll("li").length });
      if (section) toggle.setAttribute("aria-label", t("contents.toggle", { section }));
      else toggle.removeAttribute("aria-label");
    },
    stop: () => {
      toggle.removeEventListener("click", onToggle);
      nav.removeEventListener("click", onChoose);
      nav.removeEventListener("keydown", onKey);
      open(false);
    },
  };
}

/** Starts marking the link to the current section with aria-current; returns what stops it. */
export function markCurrentSection(nav: HTMLElement): () => void {
  const links = new Map<string, HTMLAnchorElement>();
  for (const link of nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) links.set(decodeURIComponent(link.hash.slice(1)), link);
  let marked: HTMLAnchorElement | null = null;
  const folded = fold(nav);
  folded?.name(null);
  const update = () => {
    const current = headingsAbove(window.innerHeight / 3, "h2[id]")
      .filter((h) => links.has(h.id))
      .at(-1);
    const link = (current && links.get(current.id)) ?? null;
    if (link === marked) return;
    marked?.removeAttribute("aria-current");
    link?.setAttribute("aria-current", "true");
    marked = link;
    folded?.name(link?.textContent ?? null);
    // A contents list taller than the screen scrolls itself (never the page) to keep the mark in sight.
    if (link && nav.scrollHeight > nav.clientHeight) {
      const [at, box] = [link.getBoundingClientRect(), nav.getBoundingClientRect()];
      if (at.top < box.top || at.bottom > box.bottom) nav.scrollTop += at.top - box.top - box.height / 3;
    }
  };
  let frame = 0;
  const soon = () => {
    if (!frame) frame = requestAnimationFrame(() => ((frame = 0), update()));
  };
  // Text coming near the screen is laid out after the scroll that brought it, and moves what is below it.
  const laidOut = { capture: true, passive: true } as const;
  window.addEventListener("scroll", soon, { passive: true });
  window.addEventListener("resize", soon, { passive: true });
  document.addEventListener("contentvisibilityautostatechange", soon, laidOut);
  update();
  return () => {
    cancelAnimationFrame(frame);
    window.removeEventListener("scroll", soon);
    window.removeEventListener("resize", soon);
    document.removeEventListener("contentvisibilityautostatechange", soon, laidOut);
    marked?.removeAttribute("aria-current");
    folded?.stop();
  };
}
