// What every exercise has, in the content contract (build time): a stable id that saved answers are keyed
// by, the section that teaches it, the source that decides it and the lowest altitude it is written for.
import { z } from "zod";
import { slug, tierSchema } from "../course/schema";

export const text = z.string().trim().min(1, { message: "some text" });

export const commonFields = {
  id: slug,
  /** The section that teaches what the exercise asks, for links from a review. */
  teaches: z.strictObject({ piece: slug, section: slug }).optional(),
  /** The source (by id, from the piece's list) whose fact decides the answer. */
  source: slug.optional(),
  /** The lowest altitude the exercise is written for, for the review's suggestions. */
  tier: tierSchema.default("junior"),
};

/** Reports a problem with one exercise: the field, what it got and what it expected, at a path of its data. */
export type Report = (field: string, got: string, expected: string, path?: PropertyKey[]) => void;

/** Reports the first id that two items of a list share. */
export function checkUnique(report: Report, field: string, ids: readonly string[]): void {
  const at = ids.findIndex((id, i) => ids.indexOf(id) !== i);
  if (at >= 0) report(field, `"${ids[at]}" twice`, "ids unique within the exercise", [field, at, "id"]);
}
