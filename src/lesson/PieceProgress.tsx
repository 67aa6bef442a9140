import { exercisesAt, type PieceMeta, type Tier } from "../course";
import { summarizeProgress, type ProgressSummary } from "../progress/summary";
import { useProgress } from "../progress/store";
import { t } from "../ui/strings";

/** "5 of 8 done: 3 right at the first attempt, 1 after retries, 1 with the answer shown". */
export function outcomesText(summary: ProgressSummary): string {
  const parts = [
    summary.firstTry && t("progress.firstTry", { count: summary.firstTry }),
    summary.afterRetries && t("progress.afterRetries", { count: summary.afterRetries }),
    summary.revealed && t("progress.revealed", { count: summary.revealed }),
    summary.recalled && t("progress.recalled", { count: summary.recalled }),
  ].filter(Boolean);
  return parts.length ? `: ${parts.join(", ")}` : "";
}

/** Exercises done at this altitude, and how, in the piece header. */
export function PieceProgress({ piece, tier }: { piece: PieceMeta; tier: Tier }) {
  const answers = useProgress((s) => s.answers);
  const recall = useProgress((s) => s.recall);
  const exercises = exercisesAt(piece, tier);
  if (exercises.length === 0 || piece.review) return null;
  const summary = summarizeProgress(exercises, answers, recall);
  return (
    <p className="piece-progress">
      {t("progress.summary", { done: summary.done, total: summary.total })}
      {outcomesText(summary)}
    </p>
  );
}
