// Multiple-choice questions in the content contract: one right option (`single`) or several (`multiple`),
// feedback on every option, and the misconception each wrong option stands for.
import { z } from "zod";
import { checkUnique, commonFields, text, type Report } from "../common";

const option = z.strictObject({
  id: commonFields.id,
  text,
  correct: z.boolean().default(false),
  /** Why this option is right or wrong, shown after answering. */
  feedback: text,
  /** The mistaken belief a wrong option stands for, e.g. "readiness is liveness". */
  misconception: text.optional(),
});

export const singleChoiceSchema = z.strictObject({
  ...commonFields,
  kind: z.literal("single"),
  prompt: text,
  options: z.array(option).min(2, { message: "at least two options" }),
  explanation: text,
});

export const multipleChoiceSchema = z.strictObject({
  ...commonFields,
  kind: z.literal("multiple"),
  prompt: text,
  options: z.array(option).min(3, { message: "at least three options" }),
  explanation: text,
});

export type SingleChoice = z.infer<typeof singleChoiceSchema>;
export type MultipleChoice = z.infer<typeof multipleChoiceSchema>;
export type ChoiceExercise = SingleChoice | MultipleChoice;
export type ChoiceOption = ChoiceExercise["options"][number];

export function checkChoice(exercise: ChoiceExercise, report: Report): void {
  checkUnique(report, "options", exercise.options.map((o) => o.id));
  const right = exercise.options.filter((o) => o.correct).length;
  if (exercise.kind === "single" && right !== 1) report("options", `${right} correct options`, "exactly one correct option", ["options"]);
  if (exercise.kind === "multiple" && right < 1) report("options", "no correct option", "at least one correct option", ["options"]);
  if (exercise.kind === "multiple" && right === exercise.options.length) report("options", "every option correct", "at least one wrong option", ["options"]);
  exercise.options.forEach((o, i) => {
    if (!o.correct && !o.misconception) report(`options[${i}] "${o.id}" misconception`, "nothing", "the misconception this wrong option stands for", ["options", i]);
  });
}
