// The exercise kinds, in one typed registry: a kind missing here, or a member missing from a kind, does not
// compile. The store grades through it, the build splits question from answer key with it, and the views
// and the print answer key describe answers with it. Pure: no React, no store.
import type { BestFit } from "./best-fit/content";
import { bestFitKind, type BestFitQuestion } from "./best-fit/model";
import type { ChoiceExercise, MultipleChoice, SingleChoice } from "./choice/content";
import { choiceKind, type ChoiceQuestion } from "./choice/model";
import type { GradedKind, SelfGradedKind } from "./kind";
import type { OrderSteps } from "./order-steps/content";
import { orderKind, type OrderQuestion } from "./order-steps/model";
import type { Recall } from "./recall/content";
import { recallKind, type RecallQuestion } from "./recall/model";

import { exerciseKinds, gradedKinds, type ExerciseKind } from "./kindNames";

export { exerciseKinds, gradedKinds, type ExerciseKind };

/** Each kind's whole exercise (its answer key) and its question (what ships with the text). */
type Shapes = {
  single: { exercise: SingleChoice; question: ChoiceQuestion };
  multiple: { exercise: MultipleChoice; question: ChoiceQuestion };
  "best-fit": { exercise: BestFit; question: BestFitQuestion };
  order: { exercise: OrderSteps; question: OrderQuestion };
  recall: { exercise: Recall; question: RecallQuestion };
};

export type Exercise = Shapes[ExerciseKind]["exercise"];
export type Question = Shapes[ExerciseKind]["question"];
export type ExerciseOf<K extends ExerciseKind> = Shapes[K]["exercise"];
export type { BestFit, ChoiceExercise, MultipleChoice, OrderSteps, Recall, SingleChoice };

type KindOf<K extends ExerciseKind> = GradedKind<Shapes[K]["exercise"], Shapes[K]["question"]> | SelfGradedKind<Shapes[K]["exercise"], Shapes[K]["question"]>;

export const kinds: { readonly [K in ExerciseKind]: KindOf<K> } = {
  single: choiceKind as GradedKind<SingleChoice, ChoiceQuestion>,
  multiple: choiceKind as GradedKind<MultipleChoice, ChoiceQuestion>,
  "best-fit": bestFitKind,
  order: orderKind,
  recall: recallKind,
};

/** The kinds a learner checks and retries, as against the ones they grade themselves. */
export type GradedExercise = Exclude<Exercise, Recall>;
export type GradedQuestion = Exclude<Question, RecallQuestion>;

export function isGraded(exercise: Exercise): exercise is GradedExercise {
  return kinds[exercise.kind].lifecycle === "graded";
}

/** The kind's model for an exercise, typed for it. */
export function gradedKind(exercise: GradedExercise): GradedKind<GradedExercise, GradedQuestion> {
  return kinds[exercise.kind] as unknown as GradedKind<GradedExercise, GradedQuestion>;
}

export function toQuestion(exercise: Exercise): Question {
  return (kinds[exercise.kind] as unknown as { question: (e: Exercise) => Question }).question(exercise);
}

export function exerciseFingerprint(exercise: Exercise): string {
  return (kinds[exercise.kind] as unknown as { fingerprint: (e: Exercise) => string }).fingerprint(exercise);
}

export function answerText(exercise: Exercise): string {
  return (kinds[exercise.kind] as unknown as { answerText: (e: Exercise) => string }).answerText(exercise);
}
