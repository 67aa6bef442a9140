// Seeded shuffles, so that the prerendered page and the browser put things in the same order, and a saved
// attempt reads the same after a reload.

/** A small seeded generator (mulberry32). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Shuffles with a seed: the same seed, the same order. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = seeded(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Shuffles ids with a seed; the result is never the given order (for two or more distinct ids). */
export function shuffleNeverSolved(ids: readonly string[], seed: number): string[] {
  const out = seededShuffle(ids, seed);
  if (out.length > 1 && out.every((id, i) => id === ids[i])) out.push(out.shift() as string);
  return out;
}

/** Whether two lists hold the same ids, in any order (a saved working order still fits its exercise). */
export function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}
