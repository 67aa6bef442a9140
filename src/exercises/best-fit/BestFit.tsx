import { useId, useState } from "react";
import { useQuestion } from "../../lesson/LessonContext";
import { InlineText } from "../../ui/InlineText";
import { t } from "../strings";
import { AnswerActions, ExerciseFrame, useKeptInPlace, Verdict } from "../ExerciseFrame";
import { attemptsText, useGraded } from "../lifecycle";
import { bestFitKind } from "./model";

/**
 * A scenario and several approaches. A wrong choice shows its own cost and payoff; once the best fit is
 * found or shown, every approach's trade-off and why the best one fits.
 */
export function BestFit({ id }: { id: string }) {
  const question = useQuestion(id, ["best-fit"]);
  const graded = useGraded(question, ["best-fit"]);
  const { phase, record, exercise } = graded;
  const kept = useKeptInPlace<HTMLButtonElement>(record);
  const [chosen, setChosen] = useState<string | null>(null);
  const name = useId();
  const picked = record?.latest.response[0] ?? null;
  const shown = phase === "answering" ? chosen : phase === "revealed" && exercise ? (bestFitKind.solution(exercise)[0] ?? null) : picked;
  const open = phase === "right" || phase === "revealed";

  return (
    <ExerciseFrame id={id} kind="best-fit" label={t("exercise.bestFit")}>
      <fieldset className="choices" disabled={phase !== "answering"}>
        <legend className="exercise-prompt">
          <InlineText text={question.scenario} />
        </legend>
        {question.approaches.map((a) => {
          const full = exercise?.approaches.find((x) => x.id === a.id);
          const explain = !!full && phase !== "answering" && (open || a.id === picked);
          const tone = explain ? (open && full.best ? "right" : a.id === picked ? (full.best ? "right" : "wrong") : "neutral") : null;
          const noteId = `${name}-${a.id}-tradeoff`;
          return (
            <div key={a.id} className={`choice${tone ? ` choice-${tone}` : ""}`}>
              <label>
                <input
                  type="radio"
                  name={name}
                  value={a.id}
                  checked={shown === a.id}
                  onChange={() => setChosen(a.id)}
                  aria-describedby={explain ? noteId : undefined}
                />
                <span>
                  <InlineText text={a.title} />
                </span>
              </label>
              {explain && full && (
                <div className="tradeoff" id={noteId}>
                  <p className="choice-status">
                    {open && full.best ? t("bestFit.best") : a.id === picked ? t(full.best ? "bestFit.yourChoiceBest" : "bestFit.yourChoiceNot") : t("bestFit.notBest")}
                  </p>
                  <dl>
                    <dt>{t("bestFit.cost")}</dt>
                    <dd>
                      <InlineText text={full.cost} />
                    </dd>
                    <dt>{t("bestFit.payoff")}</dt>
                    <dd>
                      <InlineText text={full.payoff} />
                    </dd>
                  </dl>
                </div>
              )}
            </div>
          );
        })}
      </fieldset>
      <AnswerActions
        phase={phase}
        checkRef={kept.ref}
        onCheck={() => {
          kept.hold();
          void graded.submit(chosen ? [chosen] : []);
        }}
        onRetry={() => {
          setChosen(null);
          graded.retry();
        }}
        onReveal={() => void graded.reveal()}
      />
      <Verdict phase={phase} hint={graded.hint} verdictRef={graded.verdictRef}>
        {exercise && open && (
          <p>
            <strong>{t("bestFit.why")}: </strong>
            <InlineText text={exercise.why} />
          </p>
        )}
      </Verdict>
      {record && phase !== "answering" && attemptsText(record) && <p className="exercise-attempts">{attemptsText(record)}</p>}
    </ExerciseFrame>
  );
}
