import type { Exercise } from "../course/exercises";
import { InlineText } from "../ui/InlineText";
import { t } from "../ui/strings";
import { useAnswerKey } from "./answerKey";
import { useLesson } from "./LessonContext";

function answerOf(exercise: Exercise): string {
  switch (exercise.kind) {
    case "single":
    case "multiple":
      return exercise.options
        .filter((o) => o.correct)
        .map((o) => o.text)
        .join("; ");
    case "best-fit":
      return exercise.approaches.find((a) => a.best)?.title ?? "";
    case "order":
      return exercise.steps.map((s, i) => `${i + 1}. ${s.label}`).join("  ");
    case "recall":
      return exercise.keyPoints.join("; ");
  }
}

/** The answers to the exercises at this altitude, for the printed handout only. */
export function AnswerKey() {
  const { answers, piece, tier } = useLesson();
  const answerKey = useAnswerKey(answers);
  const shown = piece.exercises.filter((e) => e.tiers.includes(tier));
  if (!answerKey || shown.length === 0) return null;
  return (
    <section className="answer-key print-only" aria-labelledby="answer-key-title">
      <h2 id="answer-key-title">{t("print.answerKey")}</h2>
      <ol>
        {shown.map((e) => {
          const exercise = answerKey.get(e.id);
          if (!exercise) return null;
          return (
            <li key={e.id}>
              <InlineText text={answerOf(exercise)} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
