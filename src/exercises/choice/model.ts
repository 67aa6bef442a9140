// Multiple-choice questions: what ships with the text, grading, and what a saved answer depends on.
import type { GradedKind, QuestionBase, Verdict } from "../kind";
import type { ChoiceExercise } from "./content";

export type ChoiceQuestion = QuestionBase & { kind: "single" | "multiple"; prompt: string; options: { id: string; text: string }[] };

export type OptionVerdict = {
  id: string;
  chosen: boolean;
  correct: boolean;
  /** Chose a right option, or left a wrong one alone. */
  judgedWell: boolean;
};

export type ChoiceVerdict = Verdict & { options: OptionVerdict[] };

export function gradeChoice(exercise: ChoiceExercise, chosen: readonly string[]): ChoiceVerdict {
  const options = exercise.options.map((o) => {
    const isChosen = chosen.includes(o.id);
    return { id: o.id, chosen: isChosen, correct: o.correct, judgedWell: isChosen === o.correct };
  });
  const unknown = chosen.some((id) => !exercise.options.some((o) => o.id === id));
  const correct = !unknown && chosen.length > 0 && options.every((o) => o.judgedWell);
  return { correct, score: options.filter((o) => o.judgedWell).length, total: options.length, options };
}

export const choiceKind: GradedKind<ChoiceExercise, ChoiceQuestion> = {
  lifecycle: "graded",
  question: (e) => ({
    id: e.id,
    fingerprint: choiceKind.fingerprint(e),
    tier: e.tier,
    ...(e.teaches ? { teaches: e.teaches } : {}),
    kind: e.kind,
    prompt: e.prompt,
    options: e.options.map((o) => ({ id: o.id, text: o.text })),
  }),
  fingerprint: (e) => e.options.map((o) => `${o.id}${o.correct ? "+" : "-"}`).join(","),
  fits: (q, response) => response.every((id) => q.options.some((o) => o.id === id)) && new Set(response).size === response.length && (q.kind === "multiple" || response.length <= 1),
  grade: gradeChoice,
  solution: (e) => e.options.filter((o) => o.correct).map((o) => o.id),
  answerText: (e) => listOf(e.options.filter((o) => o.correct).map((o) => o.text)),
};

/** Options' texts as one line: "a; b; c", each without the full stop that would stand before a semicolon. */
export function listOf(texts: readonly string[]): string {
  return texts.length < 2 ? (texts[0] ?? "") : texts.map((text) => text.trim().replace(/[.;]$/, "")).join("; ");
}
