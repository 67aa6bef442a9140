import { answerText } from "../exercises/kinds";
import { InlineText } from "../ui/InlineText";
import { t } from "../ui/strings";
import { useAnswerKey } from "./answerKey";
import { useLesson } from "./LessonContext";

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
              <InlineText text={answerText(exercise)} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
