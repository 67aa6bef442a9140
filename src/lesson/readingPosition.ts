// Keeps the reader's place when the text around them changes (switching altitude adds or removes prose):
// the headings above the top of the screen are noted, and the nearest one the new text still has is put
// back where it was.
let anchor: { ids: string[]; offset: number } | null = null;

/**
 * The text's headings matching `selector` whose top is above `line` (px from the top of the screen), in order.
 * Measuring a heading inside text the page has not laid out (lesson.css) lays that text out, which on a long
 * page is the longest task there could be. So the blocks of the text are measured, and headings only inside
 * the block that crosses the line, which is on screen and laid out anyway.
 */
export function headingsAbove(line: number, blocks: HeadedBlock[]): HTMLElement[] {
  const above: HTMLElement[] = [];
  for (const { block, headings } of blocks) {
    const box = block.getBoundingClientRect();
    if (box.top > line) break;
    if (box.bottom <= line) above.push(...headings);
    else for (const h of headings) if (h.getBoundingClientRect().top <= line) above.push(h);
  }
  return above;
}

/** A block of the text with its headings matching a selector. */
export type HeadedBlock = { block: HTMLElement; headings: HTMLElement[] };

/** The blocks of the text, each with its headings matching `selector`: found once, measured as often as needed. */
export function headedBlocks(selector: string, root: ParentNode = document): HeadedBlock[] {
  return [...root.querySelectorAll<HTMLElement>(".piece-body > *")].map((block) => ({ block, headings: [...block.querySelectorAll<HTMLElement>(selector)] }));
}

export function captureReadingPosition(root: ParentNode = document): void {
  const above = headingsAbove(80, headedBlocks("h2[id], h3[id]", root));
  const nearest = above.at(-1);
  anchor = nearest ? { ids: above.map((h) => h.id).reverse(), offset: nearest.getBoundingClientRect().top } : null;
}

/**
 * A page lays out only the text near the screen (lesson.css). Before the reader is put
 * somewhere inside it, the text above that place is laid out for real, so that nothing above it changes
 * height once they are there.
 */
function layOutUpTo(target: Element): void {
  for (const block of document.querySelectorAll<HTMLElement>(".piece-body > :is(.prose, .island)")) {
    if (block.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_PRECEDING) break;
    block.dataset.laidOut = "";
    if (block.contains(target)) break;
  }
}

/** Puts the reader back at their place; false when there was none to keep (they were at the top). */
export function restoreReadingPosition(): boolean {
  if (!anchor) return false;
  const { ids, offset } = anchor;
  anchor = null;
  for (const id of ids) {
    const el = document.getElementById(id);
    if (!el) continue;
    layOutUpTo(el);
    window.scrollBy(0, el.getBoundingClientRect().top - offset);
    return true;
  }
  return false;
}

export function scrollToSection(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  layOutUpTo(el);
  el.scrollIntoView({ block: "start" });
  el.focus({ preventScroll: true });
  return true;
}
