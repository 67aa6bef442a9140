// Steps to put in order; the content lists them in their right order and the learner gets them shuffled.
import { z } from "zod";
import { checkUnique, commonFields, text, type Report } from "../common";

export const orderStepsSchema = z.strictObject({
  ...commonFields,
  kind: z.literal("order"),
  prompt: text,
  /** Steps in their correct order; the learner sees them shuffled. */
  steps: z.array(z.strictObject({ id: commonFields.id, label: text, text })).min(3, { message: "at least three steps" }),
  /** Why this order and no other, shown once the learner has it right or asked for it. */
  rule: text,
});

export type OrderSteps = z.infer<typeof orderStepsSchema>;

export function checkOrderSteps(exercise: OrderSteps, report: Report): void {
  checkUnique(report, "steps", exercise.steps.map((s) => s.id));
}
