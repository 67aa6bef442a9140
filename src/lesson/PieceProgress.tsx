import type { PiecePageData } from "../course/pages";
import { outcomesText, summarizeProgress } from "../progress/summary";
import { useProgress } from "../progress/store";
import { t } from "../ui/strings";

/** Exercises done at this altitude, and how, in the piece header. */
export function PieceProgress({ page }: { page: PiecePageData }) {
  const answers = useProgress((s) => s.answers);
  const recall = useProgress((s) => s.recall);
  if (page.exercises.length === 0 || page.piece.review) return null;
  const summary = summarizeProgress(page.exercises, answers, recall);
  return (
    <p className="piece-progress">
      {t("progress.summary", { done: summary.done, total: summary.total })}
      {outcomesText(summary)}
    </p>
  );
}
