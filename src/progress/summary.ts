// How far a learner is through a set of exercises, and how they got there: right at the first attempt,
// right after retries, or with the answer shown; recall prompts count once they have been graded.
import type { ExerciseSummary } from "../course/outline";
import { t } from "../ui/strings";
import type { AnswerRecord, RecallRecord, ReviewAttempt } from "./saved";

export type Outcome = "first-try" | "after-retries" | "revealed" | "not-yet";

export function outcomeOf(record: AnswerRecord): Outcome {
  if (record.first.correct) return "first-try";
  if (record.revealedAt !== null && (record.rightAt === null || record.revealedAt <= record.rightAt)) return "revealed";
  if (record.rightAt !== null) return "after-retries";
  return "not-yet";
}

export type ProgressSummary = { total: number; done: number; firstTry: number; afterRetries: number; revealed: number; recalled: number };

export function summarizeProgress(
  exercises: readonly Pick<ExerciseSummary, "id" | "kind">[],
  answers: Readonly<Record<string, AnswerRecord>>,
  recall: Readonly<Record<string, RecallRecord>>,
): ProgressSummary {
  const summary: ProgressSummary = { total: exercises.length, done: 0, firstTry: 0, afterRetries: 0, revealed: 0, recalled: 0 };
  for (const e of exercises) {
    if (e.kind === "recall") {
      if (Object.hasOwn(recall, e.id) && recall[e.id]?.card) {
        summary.done += 1;
        summary.recalled += 1;
      }
      continue;
    }
    const a = Object.hasOwn(answers, e.id) ? answers[e.id] : undefined;
    if (!a) continue;
    summary.done += 1;
    const outcome = outcomeOf(a);
    if (outcome === "first-try") summary.firstTry += 1;
    else if (outcome === "after-retries") summary.afterRetries += 1;
    else if (outcome === "revealed") summary.revealed += 1;
  }
  return summary;
}

/** A review's latest attempt: answered so far, right, and whether it is finished. */
export function reviewProgress(attempt: ReviewAttempt | undefined): { answered: number; right: number; total: number; finished: boolean } | null {
  if (!attempt) return null;
  const answers = Object.values(attempt.answers);
  return { answered: answers.length, right: answers.filter((a) => a.correct).length, total: attempt.questionIds.length, finished: attempt.finishedAt !== null || answers.length === attempt.questionIds.length };
}

/** ": 3 right at the first attempt, 1 after retries, 1 with the answer shown", or nothing. */
export function outcomesText(summary: ProgressSummary): string {
  const parts = [
    summary.firstTry && t("progress.firstTry", { count: summary.firstTry }),
    summary.afterRetries && t("progress.afterRetries", { count: summary.afterRetries }),
    summary.revealed && t("progress.revealed", { count: summary.revealed }),
    summary.recalled && t("progress.recalled", { count: summary.recalled }),
  ].filter(Boolean);
  return parts.length ? `: ${parts.join(", ")}` : "";
}
