// Marks, in a piece's contents list, the section being read: the last section heading that has passed the
// upper third of the screen. It is looked for at most once a frame while the page scrolls. On a screen too
// narrow for a column beside the text, the list is folded into a bar (src/lesson/Contents.tsx), and the bar
// names the section being read.
import { dictionary } from "../ui/strings";
import { headedBlocks, headingsAbove } from "./readingPosition";

const t = dictionary({
  "contents.toggle": "Sections of this page, now reading: {section}",
});

/** What names, on the folded bar's button, the section being read. */
function namer(nav: HTMLElement): ((section: string | null) => void) | null {
  const toggle = nav.querySelector<HTMLButtonElement>(".contents-toggle");
  const here = toggle?.querySelector<HTMLElement>(".contents-here");
  if (!toggle || !here) return null;
  return (section) => {
    here.textContent = section ?? t("contents.start", { count: nav.querySelectorAll("li").length });
    if (section) toggle.setAttribute("aria-label", t("contents.toggle", { section }));
    else toggle.removeAttribute("aria-label");
  };
}

/** Starts marking the link to the current section with aria-current; returns what stops it. */
export function markCurrentSection(nav: HTMLElement): () => void {
  const links = new Map<string, HTMLAnchorElement>();
  for (const link of nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) links.set(decodeURIComponent(link.hash.slice(1)), link);
  let marked: HTMLAnchorElement | null = null;
  const name = namer(nav);
  // Found once; found again only if the text was replaced under them.
  let blocks = headedBlocks("h2[id]");
  const update = () => {
    if (blocks.some(({ block }) => !block.isConnected)) blocks = headedBlocks("h2[id]");
    const current = headingsAbove(window.innerHeight / 3, blocks)
      .filter((h) => links.has(h.id))
      .at(-1);
    const link = (current && links.get(current.id)) ?? null;
    if (link === marked) return;
    marked?.removeAttribute("aria-current");
    link?.setAttribute("aria-current", "true");
    marked = link;
    name?.(link?.textContent ?? null);
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
    name?.(null);
  };
}
