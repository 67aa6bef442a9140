// Marks, in a piece's contents list, the section being read: the last section heading that has passed the
// upper third of the screen. It is looked for at most once a frame while the page scrolls.

/** Starts marking the link to the current section with aria-current; returns what stops it. */
export function markCurrentSection(nav: HTMLElement): () => void {
  const links = new Map<string, HTMLAnchorElement>();
  for (const link of nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) links.set(decodeURIComponent(link.hash.slice(1)), link);
  const headings = [...document.querySelectorAll<HTMLElement>(".piece-body h2[id]")].filter((h) => links.has(h.id));
  let marked: HTMLAnchorElement | null = null;
  const update = () => {
    const line = window.innerHeight / 3;
    let current: HTMLElement | undefined;
    for (const heading of headings) {
      if (heading.getBoundingClientRect().top > line) break;
      current = heading;
    }
    const link = (current && links.get(current.id)) ?? null;
    if (link === marked) return;
    marked?.removeAttribute("aria-current");
    link?.setAttribute("aria-current", "true");
    marked = link;
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
  window.addEventListener("scroll", soon, { passive: true });
  window.addEventListener("resize", soon, { passive: true });
  update();
  return () => {
    cancelAnimationFrame(frame);
    window.removeEventListener("scroll", soon);
    window.removeEventListener("resize", soon);
    marked?.removeAttribute("aria-current");
  };
}
