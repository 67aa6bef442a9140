// "Near the screen" for a part of the page that loads more when the reader comes close to it. The page lays
// out only the parts of its text near the screen (src/lesson/lesson.css), and an element inside a part that
// is not laid out never intersects anything; so the part itself, whose box is always there, is watched.

/** Calls `near` once, when `el` comes within `margin` of the screen (at once without IntersectionObserver); returns what stops watching. */
export function whenNear(el: Element, near: () => void, margin = "800px 0px"): () => void {
  if (!("IntersectionObserver" in window)) {
    near();
    return () => undefined;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      near();
    },
    { rootMargin: margin },
  );
  observer.observe(el.closest(".piece-body > *") ?? el);
  return () => observer.disconnect();
}
