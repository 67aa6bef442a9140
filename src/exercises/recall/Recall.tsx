import { useId, useState } from "react";
import { useAnswer, useLesson, useQuestion } from "../../lesson/LessonContext";
import { useProgressHydrated } from "../../progress/hydration";
import { grades, type Grade } from "../../progress/savedFormat";
import { store, useProgress } from "../../progress/store";
import { InlineText } from "../../ui/InlineText";
import { t } from "../../ui/strings";
import { ExerciseFrame } from "../ExerciseFrame";
import { isDue } from "../due";
import { whenText } from "./when";

/** Explain from memory: write, reveal the key points as a checklist, grade yourself; FSRS schedules the next review. */
export function Recall({ id }: { id: string }) {
  const question = useQuestion(id, ["recall"]);
  const exercise = useAnswer(id, ["recall"]);
  const lesson = useLesson();
  const hydrated = useProgressHydrated();
  const saved = useProgress((s) => s.recall[id]);
  const record = hydrated ? saved : undefined;
  const [status, setStatus] = useState("");
  const answerId = useId();
  const draft = record?.draft ?? "";
  const revealed = record?.revealed ?? false;
  const checked = record?.checked ?? [];
  const now = Date.now();

  const grade = async (g: Grade) => {
    const { schedule } = await import("./schedule");
    const at = Date.now();
    const card = schedule(store.getState().recall[id]?.card ?? null, g, at);
    store.getState().gradeRecall(id, g, card, at);
    setStatus(t("recall.scheduled", { grade: t(`recall.${g}`), when: whenText(card.due, at) }));
  };

  return (
    <ExerciseFrame id={id} kind="recall" label={t("exercise.recall")}>
      <label className="exercise-prompt recall-prompt" htmlFor={answerId}>
        <InlineText text={question.prompt} />
      </label>
      <textarea
        id={answerId}
        className="recall-answer"
        rows={5}
        value={draft}
        onChange={(e) => store.getState().setRecallDraft(id, e.target.value)}
        aria-describedby={`${answerId}-hint`}
      />
      <p className="recall-hint" id={`${answerId}-hint`}>
        {t("recall.draftSaved")}
        {record?.card && (isDue(record, now) ? ` ${t("recall.due")}` : ` ${t("recall.nextReview", { when: whenText(record.card.due, now) })}`)}
      </p>
      <div className="exercise-actions">
        <button
          type="button"
          className="primary"
          aria-expanded={revealed && !!exercise}
          onClick={() => {
            void lesson.answers.load().catch(() => undefined);
            store.getState().revealRecall(id, !revealed);
          }}
        >
          {revealed && exercise ? t("recall.hide") : t("recall.reveal")}
        </button>
      </div>
      {revealed && exercise && (
        <div className="recall-review">
          <fieldset className="key-points">
            <legend>{t("recall.keyPoints")}</legend>
            {exercise.keyPoints.map((point, i) => (
              <label key={i} className="key-point">
                <input type="checkbox" checked={checked.includes(i)} onChange={() => store.getState().toggleKeyPoint(id, i)} />
                <span>
                  <InlineText text={point} />
                </span>
              </label>
            ))}
          </fieldset>
          <p className="recall-covered">{t("recall.covered", { covered: checked.length, total: exercise.keyPoints.length })}</p>
          <fieldset className="recall-grades">
            <legend>{t("recall.gradePrompt")}</legend>
            <div className="exercise-actions">
              {grades.map((g) => (
                <button key={g} type="button" onClick={() => void grade(g)} aria-pressed={record?.reviews.at(-1)?.grade === g}>
                  {t(`recall.${g}`)}
                </button>
              ))}
            </div>
          </fieldset>
        </div>
      )}
      <p className="exercise-result" role="status">
        {status}
      </p>
    </ExerciseFrame>
  );
}
