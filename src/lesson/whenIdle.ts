// Work the page can do later: the answer key, the other altitudes' text.

/**
 * Runs `work` when the browser is next idle (at the latest after `timeout` ms, if given), or after
 * `fallbackMs` where there is no idle callback. Returns a function that cancels it.
 */
export function whenIdle(work: () => void, { timeout, fallbackMs }: { timeout?: number; fallbackMs: number }): () => void {
  if (window.requestIdleCallback) {
    const handle = window.requestIdleCallback(work, timeout === undefined ? undefined : { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(work, fallbackMs);
  return () => window.clearTimeout(timer);
}
