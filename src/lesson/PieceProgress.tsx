import { exercisesAt, type PieceMeta, type Tier } from "../course";
import { summarizeProgress } from "../progress/summary";
import { useProgress } from "../progress/store";
import { t } from "../ui/strings";

/** Exercises done and right at this altitude, in the piece header. */
export function PieceProgress({ piece, tier }: { piece: PieceMeta; tier: Tier }) {
  const answers = useProgress((s) => s.answers);
  const recall = useProgress((s) => s.recall);
  const exercises = exercisesAt(piece, tier);
  if (exercises.length === 0) return null;
  const summary = summarizeProgress(exercises, answers, recall);
  return (
    <p className="piece-progress">
      {t("progress.summary", { done: summary.done, total: summary.total, right: summary.right })}
    </p>
  );
}
