// A scenario with several approaches, one of which fits it best; each approach has a cost and a payoff.
import { z } from "zod";
import { checkUnique, commonFields, text, type Report } from "../common";

export const bestFitSchema = z.strictObject({
  ...commonFields,
  kind: z.literal("best-fit"),
  scenario: text,
  approaches: z
    .array(z.strictObject({ id: commonFields.id, title: text, best: z.boolean().default(false), cost: text, payoff: text }))
    .min(2, { message: "at least two approaches" }),
  /** Why the best approach fits this scenario, shown once the learner has found it or asked for it. */
  why: text,
});

export type BestFit = z.infer<typeof bestFitSchema>;

export function checkBestFit(exercise: BestFit, report: Report): void {
  checkUnique(report, "approaches", exercise.approaches.map((a) => a.id));
  const best = exercise.approaches.filter((a) => a.best).length;
  if (best !== 1) report("approaches", `${best} best approaches`, "exactly one best approach", ["approaches"]);
}
