// Ordering: a deterministic shuffle that is never already solved, grading step by step, and moves.
import type { GradedKind, QuestionBase, Verdict } from "../kind";
import { sameMembers, seedOf, shuffleNeverSolved } from "../shuffle";
import type { OrderSteps } from "./content";

export type Step = { id: string; label: string; text: string };
/** Its steps are in the shuffled order the learner starts from. */
export type OrderQuestion = QuestionBase & { kind: "order"; prompt: string; steps: Step[] };

export type OrderVerdict = Verdict & { inPlace: boolean[] };

export function startingOrder(exercise: OrderSteps): string[] {
  return shuffleNeverSolved(
    exercise.steps.map((s) => s.id),
    seedOf(exercise.id),
  );
}

export function gradeOrder(exercise: OrderSteps, order: readonly string[]): OrderVerdict {
  const inPlace = exercise.steps.map((s, i) => order[i] === s.id);
  const score = inPlace.filter(Boolean).length;
  return { correct: score === exercise.steps.length && order.length === exercise.steps.length, score, total: exercise.steps.length, inPlace };
}

/** The order after moving the step at `from` to `to`; an impossible move changes nothing. */
export function moveStep(order: readonly string[], from: number, to: number): string[] {
  if (from === to || from < 0 || to < 0 || from >= order.length || to >= order.length) return [...order];
  const next = [...order];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as string);
  return next;
}

export const orderKind: GradedKind<OrderSteps, OrderQuestion> = {
  lifecycle: "graded",
  question: (e) => {
    const steps = startingOrder(e)
      .map((id) => e.steps.find((s) => s.id === id))
      .filter((s) => s !== undefined)
      .map((s) => ({ id: s.id, label: s.label, text: s.text }));
    return { id: e.id, fingerprint: orderKind.fingerprint(e), tier: e.tier, ...(e.teaches ? { teaches: e.teaches } : {}), kind: "order", prompt: e.prompt, steps };
  },
  fingerprint: (e) => e.steps.map((s) => s.id).join(">"),
  fits: (q, response) => sameMembers(response, q.steps.map((s) => s.id)),
  grade: gradeOrder,
  solution: (e) => e.steps.map((s) => s.id),
  answerText: (e) => e.steps.map((s, i) => `${i + 1}. ${s.label}`).join("  "),
};
