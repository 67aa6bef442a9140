// Keeps the reader's place when the text above them changes (switching altitude adds or removes prose).
let anchor: { id: string; offset: number } | null = null;

export function captureReadingPosition(root: ParentNode = document): void {
  const headings = Array.from(root.querySelectorAll<HTMLElement>(".piece-body h2[id], .piece-body h3[id]"));
  let best: HTMLElement | null = null;
  for (const h of headings) {
    if (h.getBoundingClientRect().top <= 80) best = h;
    else break;
  }
  anchor = best ? { id: best.id, offset: best.getBoundingClientRect().top } : null;
}

export function restoreReadingPosition(): void {
  if (!anchor) return;
  const el = document.getElementById(anchor.id);
  if (el) window.scrollBy(0, el.getBoundingClientRect().top - anchor.offset);
  anchor = null;
}

export function scrollToSection(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  el.scrollIntoView({ block: "start" });
  el.focus({ preventScroll: true });
  return true;
}

/** Scrolls to a section as soon as it is on the page (the rest of a piece may still be loading). */
export function scrollToSectionWhenPresent(id: string, timeoutMs = 5000): () => void {
  if (scrollToSection(id)) return () => undefined;
  const observer = new MutationObserver(() => {
    if (scrollToSection(id)) stop();
  });
  const timer = window.setTimeout(() => stop(), timeoutMs);
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true });
  return stop;
}
