// Ordering: a deterministic shuffle that is never already solved, and grading step by step.
import type { OrderSteps } from "../../course/exercises";

/** A small seeded generator (mulberry32), so the server and the browser shuffle alike. */
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
  const out = [...ids];
  if (out.length < 2) return out;
  const random = seeded(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as string, out[i] as string];
  }
  if (out.every((id, i) => id === ids[i])) out.push(out.shift() as string);
  return out;
}

export function startingOrder(exercise: OrderSteps): string[] {
  return shuffleNeverSolved(
    exercise.steps.map((s) => s.id),
    seedOf(exercise.id),
  );
}

export type OrderGrade = { correct: boolean; score: number; inPlace: boolean[] };

export function gradeOrder(exercise: OrderSteps, order: readonly string[]): OrderGrade {
  const inPlace = exercise.steps.map((s, i) => order[i] === s.id);
  const score = inPlace.filter(Boolean).length;
  return { correct: score === exercise.steps.length && order.length === exercise.steps.length, score, inPlace };
}

export function moveStep(order: readonly string[], from: number, to: number): string[] {
  if (from === to || from < 0 || to < 0 || from >= order.length || to >= order.length) return [...order];
  const next = [...order];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as string);
  return next;
}
