// How far a learner is through a set of exercises: done (answered, or for recall, graded once) and right.
import type { ExerciseSummary } from "../course/outline";
import type { AnswerRecord, RecallRecord } from "./saved";

export function summarizeProgress(
  exercises: readonly Pick<ExerciseSummary, "id" | "kind">[],
  answers: Readonly<Record<string, AnswerRecord>>,
  recall: Readonly<Record<string, RecallRecord>>,
): { total: number; done: number; right: number } {
  let done = 0;
  let right = 0;
  for (const e of exercises) {
    if (e.kind === "recall") {
      if (recall[e.id]?.card) done += 1;
      continue;
    }
    const a = answers[e.id];
    if (!a) continue;
    done += 1;
    if (a.latest.correct) right += 1;
  }
  return { total: exercises.length, done, right };
}
