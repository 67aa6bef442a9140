import { useId, useState, type FormEvent } from "react";
import { exerciseWithKey, useAnswer, useLesson, useQuestion } from "../../lesson/LessonContext";
import { store } from "../../progress/store";
import { InlineText } from "../../ui/InlineText";
import { t } from "../../ui/strings";
import { AnswerActions, AttemptLine, ExerciseFrame, useKeptInPlace, useShownAnswer, Verdict } from "../ExerciseFrame";
import { gradeBestFit } from "./grade";

/** A scenario and several approaches; after choosing, the cost and payoff of each, and why the best fits. */
export function BestFit({ id }: { id: string }) {
  const question = useQuestion(id, ["best-fit"]);
  const exercise = useAnswer(id, ["best-fit"]);
  const lesson = useLesson();
  const saved = useShownAnswer(id, question.fingerprint);
  const record = exercise ? saved : null;
  const kept = useKeptInPlace<HTMLButtonElement>(record);
  const [chosen, setChosen] = useState<string | null>(null);
  const [hint, setHint] = useState("");
  const name = useId();
  const best = exercise?.approaches.find((a) => a.best)?.id ?? "";
  const shown = record ? (record.solutionShown ? best : (record.latest.response[0] ?? null)) : chosen;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (record) {
      setChosen(null);
      store.getState().retry(id);
      return;
    }
    if (!chosen) {
      setHint(t("exercise.chooseFirst"));
      return;
    }
    setHint("");
    kept.hold();
    const full = await exerciseWithKey(lesson, id, ["best-fit"]);
    const result = gradeBestFit(full, chosen);
    store.getState().recordAnswer(full, [chosen], result.correct, result.correct ? 1 : 0);
  };

  return (
    <ExerciseFrame id={id} kind="best-fit" label={t("exercise.bestFit")}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="choices" disabled={!!record}>
          <legend className="exercise-prompt">
            <InlineText text={question.scenario} />
          </legend>
          {(exercise?.approaches ?? question.approaches.map((a) => ({ ...a, best: false, cost: "", payoff: "" }))).map((a) => (
            <div key={a.id} className={`choice${record ? (a.best ? " choice-right" : shown === a.id ? " choice-wrong" : "") : ""}`}>
              <label>
                <input
                  type="radio"
                  name={name}
                  value={a.id}
                  checked={shown === a.id}
                  onChange={() => {
                    setHint("");
                    setChosen(a.id);
                  }}
                  aria-describedby={record ? `${name}-${a.id}-tradeoff` : undefined}
                />
                <span>
                  <InlineText text={a.title} />
                </span>
              </label>
              {record && (
                <dl className="tradeoff" id={`${name}-${a.id}-tradeoff`}>
                  {a.best && (
                    <>
                      <dt className="tradeoff-best">{t("bestFit.best")}</dt>
                      <dd className="visually-hidden">{t("bestFit.best")}</dd>
                    </>
                  )}
                  <dt>{t("bestFit.cost")}</dt>
                  <dd>
                    <InlineText text={a.cost} />
                  </dd>
                  <dt>{t("bestFit.payoff")}</dt>
                  <dd>
                    <InlineText text={a.payoff} />
                  </dd>
                </dl>
              )}
            </div>
          ))}
        </fieldset>
        <AnswerActions record={record} exercise={exercise} checkRef={kept.ref} />
      </form>
      <div className="exercise-result" role="status">
        {hint && <p>{hint}</p>}
        {record && exercise && (
          <Verdict record={record}>
            <p>
              <strong>{t("bestFit.why")}: </strong>
              <InlineText text={exercise.why} />
            </p>
          </Verdict>
        )}
      </div>
      {record && <AttemptLine record={record} />}
    </ExerciseFrame>
  );
}
