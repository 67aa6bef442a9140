// The answers to this altitude's exercises, for the printed handout only: on the page only while the learner
// prints (src/lesson/PrintAnswerKeySlot.tsx), so that on screen nothing gives an answer away.
import { useEffect, useState } from "react";
import type { PiecePageData } from "../course/pages";
import { answerText, type Exercise } from "../exercises/kinds";
import { InlineText } from "../ui/InlineText";
import { t } from "../ui/strings";
import type { Lesson } from "./LessonContext";

export function PrintAnswerKey({ page, lesson }: { page: PiecePageData; lesson: () => Promise<Lesson> }) {
  const [key, setKey] = useState<ReadonlyMap<string, Exercise> | null>(null);
  useEffect(() => {
    let live = true;
    void lesson()
      .then((l) => l.answers.load())
      .then((k) => live && setKey(k), () => undefined);
    return () => {
      live = false;
    };
  }, [lesson]);
  if (!key || page.exercises.length === 0) return null;
  return (
    <section className="answer-key print-only" aria-labelledby="answer-key-title">
      <h2 id="answer-key-title">{t("print.answerKey")}</h2>
      <ol>
        {page.exercises.map((e) => {
          const exercise = key.get(e.id);
          return exercise ? (
            <li key={e.id}>
              <InlineText text={answerText(exercise)} />
            </li>
          ) : null;
        })}
      </ol>
    </section>
  );
}
