// Two copies of progress become one without losing an answer: for each exercise the newer record wins.
// Used when another tab saved, before every write, and when an import is merged.
import type { Progress } from "./saved";

type Timed = { updatedAt: number };

function newest<T extends Timed>(a: Readonly<Record<string, T>>, b: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = { ...a };
  for (const [id, record] of Object.entries(b)) {
    // Own records only: an exercise may be called "constructor", which every object inherits.
    const mine = Object.hasOwn(out, id) ? out[id] : undefined;
    if (!mine || record.updatedAt > mine.updatedAt) out[id] = record;
  }
  return out;
}

export function mergeProgress(a: Progress, b: Progress): Progress {
  return {
    preferences: b.preferences.updatedAt > a.preferences.updatedAt ? b.preferences : a.preferences,
    reviews: newest(a.reviews, b.reviews),
    answers: newest(a.answers, b.answers),
    orderDrafts: newest(a.orderDrafts, b.orderDrafts),
    recall: newest(a.recall, b.recall),
  };
}

function since<T extends Timed>(records: Readonly<Record<string, T>>, at: number): Record<string, T> {
  return Object.fromEntries(Object.entries(records).filter(([, r]) => r.updatedAt > at));
}

/**
 * Progress replaced as a whole at `at` (an import with Replace, a restored backup), as a tab that still holds
 * the old progress takes it: the replacement, with only what this tab did after the replacement on top.
 */
export function adoptReplacement(replacement: Progress, mine: Progress, at: number): Progress {
  return mergeProgress(replacement, {
    preferences: mine.preferences.updatedAt > at ? mine.preferences : replacement.preferences,
    reviews: since(mine.reviews, at),
    answers: since(mine.answers, at),
    orderDrafts: since(mine.orderDrafts, at),
    recall: since(mine.recall, at),
  });
}
