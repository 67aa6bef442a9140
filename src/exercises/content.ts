// The exercise contract at build time: every kind's schema and checks, in one typed registry. The build
// (src/course/build) reads exercises.yaml through it; nothing here ships to the browser.
import { z } from "zod";
import { checkBestFit, bestFitSchema } from "./best-fit/content";
import { checkChoice, multipleChoiceSchema, singleChoiceSchema } from "./choice/content";
import type { Report } from "./common";
import type { ExerciseKind } from "./kindNames";
import { checkOrderSteps, orderStepsSchema } from "./order-steps/content";
import { recallSchema } from "./recall/content";

type Schemas = typeof singleChoiceSchema | typeof multipleChoiceSchema | typeof bestFitSchema | typeof orderStepsSchema | typeof recallSchema;
type KindContent<K extends ExerciseKind> = {
  schema: Extract<Schemas, z.ZodObject<{ kind: z.ZodLiteral<K> }>>;
  /** Rules a schema cannot say: ids unique within the exercise, exactly one right answer, and so on. */
  check: (exercise: z.infer<Extract<Schemas, z.ZodObject<{ kind: z.ZodLiteral<K> }>>>, report: Report) => void;
};

export const contentKinds: { [K in ExerciseKind]: KindContent<K> } = {
  single: { schema: singleChoiceSchema, check: checkChoice },
  multiple: { schema: multipleChoiceSchema, check: checkChoice },
  "best-fit": { schema: bestFitSchema, check: checkBestFit },
  order: { schema: orderStepsSchema, check: checkOrderSteps },
  recall: { schema: recallSchema, check: () => undefined },
};

export const exerciseSchema = z.discriminatedUnion(
  "kind",
  [contentKinds.single.schema, contentKinds.multiple.schema, contentKinds["best-fit"].schema, contentKinds.order.schema, contentKinds.recall.schema],
  { message: "kind: single, multiple, best-fit, order or recall" },
);

export type Exercise = z.infer<typeof exerciseSchema>;

/** Checks what the schema cannot, through the exercise's own kind. */
export function checkExercise(exercise: Exercise, report: Report): void {
  (contentKinds[exercise.kind].check as (e: Exercise, r: Report) => void)(exercise, report);
}
