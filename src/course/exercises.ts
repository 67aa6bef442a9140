// The exercise contract: one tagged union of kinds, each with a stable id that saved answers are keyed by.
import { z } from "zod";
import { slug, tierSchema } from "./schema";

const text = z.string().trim().min(1, { message: "some text" });

const choiceOption = z.strictObject({
  id: slug,
  text,
  correct: z.boolean().default(false),
  /** Why this option is right or wrong, shown after answering. */
  feedback: text,
  /** The mistaken belief a wrong option stands for, e.g. "readiness is liveness". */
  misconception: text.optional(),
});

const common = {
  id: slug,
  /** The section that teaches what the exercise asks, for links from a review. */
  teaches: z.strictObject({ piece: slug, section: slug }).optional(),
  /** The source (by id, from the piece's list) whose fact decides the answer. */
  source: slug.optional(),
  /** The lowest altitude the exercise is written for, for the review's suggestions. */
  tier: tierSchema.default("junior"),
};

export const singleChoiceSchema = z.strictObject({
  ...common,
  kind: z.literal("single"),
  prompt: text,
  options: z.array(choiceOption).min(2, { message: "at least two options" }),
  explanation: text,
});

export const multipleChoiceSchema = z.strictObject({
  ...common,
  kind: z.literal("multiple"),
  prompt: text,
  options: z.array(choiceOption).min(3, { message: "at least three options" }),
  explanation: text,
});

export const bestFitSchema = z.strictObject({
  ...common,
  kind: z.literal("best-fit"),
  scenario: text,
  approaches: z
    .array(z.strictObject({ id: slug, title: text, best: z.boolean().default(false), cost: text, payoff: text }))
    .min(2, { message: "at least two approaches" }),
  why: text,
});

export const orderStepsSchema = z.strictObject({
  ...common,
  kind: z.literal("order"),
  prompt: text,
  /** Steps in their correct order; the learner sees them shuffled. */
  steps: z.array(z.strictObject({ id: slug, label: text, text })).min(3, { message: "at least three steps" }),
  rule: text,
});

export const recallSchema = z.strictObject({
  ...common,
  kind: z.literal("recall"),
  prompt: text,
  keyPoints: z.array(text).min(1, { message: "at least one key point" }),
});

export const exerciseSchema = z.discriminatedUnion("kind", [singleChoiceSchema, multipleChoiceSchema, bestFitSchema, orderStepsSchema, recallSchema], {
  message: "kind: single, multiple, best-fit, order or recall",
});

export type SingleChoice = z.infer<typeof singleChoiceSchema>;
export type MultipleChoice = z.infer<typeof multipleChoiceSchema>;
export type ChoiceExercise = SingleChoice | MultipleChoice;
export type BestFit = z.infer<typeof bestFitSchema>;
export type OrderSteps = z.infer<typeof orderStepsSchema>;
export type Recall = z.infer<typeof recallSchema>;
export type Exercise = z.infer<typeof exerciseSchema>;
export type ExerciseKind = Exercise["kind"];
export type ChoiceOption = ChoiceExercise["options"][number];

export const exerciseKinds = ["single", "multiple", "best-fit", "order", "recall"] as const satisfies readonly ExerciseKind[];
