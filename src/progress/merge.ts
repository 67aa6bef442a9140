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
