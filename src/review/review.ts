// A scored review: attempts, order, score, what was missed, the misconceptions behind wrong answers,
// and whether to suggest another altitude. Pure functions over the attempt and the answer key.
import { tierIndex, tiers, type Tier } from "../course/tiers";
import type { ChoiceExercise } from "../exercises/kinds";
import { seedOf, seededShuffle } from "../exercises/shuffle";
import type { ReviewAttempt } from "../progress/saved";

export function startAttempt(questionIds: readonly string[], seed: number, now: number): ReviewAttempt {
  return { seed, questionIds: seededShuffle(questionIds, seed), answers: {}, startedAt: now, finishedAt: null, updatedAt: now };
}

/** The options of a question in this attempt's order. */
export function optionOrder<T extends { id: string }>(questionId: string, options: readonly T[], seed: number): T[] {
  return seededShuffle(options, (seed ^ seedOf(questionId)) >>> 0);
}

export function currentQuestion(attempt: ReviewAttempt): string | null {
  return attempt.questionIds.find((id) => !attempt.answers[id]) ?? null;
}

/** Every question answered: the attempt has a result, whether or not the learner has asked to see it yet. */
export function allAnswered(attempt: ReviewAttempt): boolean {
  return attempt.questionIds.every((id) => attempt.answers[id]);
}

export function score(attempt: ReviewAttempt): { right: number; answered: number; total: number } {
  const answered = Object.values(attempt.answers);
  return { right: answered.filter((a) => a.correct).length, answered: answered.length, total: attempt.questionIds.length };
}

export function missed(attempt: ReviewAttempt): string[] {
  return attempt.questionIds.filter((id) => attempt.answers[id] && !attempt.answers[id]?.correct);
}

/** Wrong answers grouped by the misconception each chosen wrong option stands for, most frequent first. */
export function misconceptionGroups(attempt: ReviewAttempt, key: ReadonlyMap<string, ChoiceExercise>): { misconception: string; questionIds: string[] }[] {
  const groups = new Map<string, Set<string>>();
  for (const id of missed(attempt)) {
    const exercise = key.get(id);
    for (const optionId of attempt.answers[id]?.chosen ?? []) {
      const belief = exercise?.options.find((o) => o.id === optionId && !o.correct)?.misconception;
      if (belief) groups.set(belief, (groups.get(belief) ?? new Set()).add(id));
    }
  }
  return [...groups.entries()].map(([misconception, ids]) => ({ misconception, questionIds: [...ids] })).sort((a, b) => b.questionIds.length - a.questionIds.length);
}

/** Nine in ten right suggests climbing; under half right suggests the altitude below. */
export function suggestAltitude(tier: Tier, right: number, total: number): { direction: "up" | "down"; tier: Tier } | null {
  if (total === 0) return null;
  const share = right / total;
  const i = tierIndex(tier);
  if (share >= 0.9 && i < tiers.length - 1) return { direction: "up", tier: tiers[i + 1] as Tier };
  if (share < 0.5 && i > 0) return { direction: "down", tier: tiers[i - 1] as Tier };
  return null;
}
