import { useId, useRef, useState } from "react";
import { useAnswerKeyWhen } from "../../lesson/answerKey";
import { useAnswer, useLesson, useQuestion } from "../../lesson/LessonContext";
import { useShownRecord } from "../../progress/hydration";
import { grades, type Grade } from "../../progress/savedFormat";
import { store } from "../../progress/store";
import { exercises } from "../../progress/exercises";
import { InlineText } from "../../ui/InlineText";
import { t } from "../strings";
import { isDue } from "../due";
import { ExerciseFrame } from "../ExerciseFrame";
import { whenText } from "./when";
import { chunk } from "../../ui/chunk";

/** The longest answer a recall prompt keeps; the saved-state reader accepts no more. */
const scheduler = chunk(() => import("./schedule"));

export const maxRecallLength = 20_000;

/**
 * Explain from memory: write, reveal the key points as a checklist, grade yourself; FSRS schedules the next
 * review. When the prompt comes back it starts blank, with the key points hidden: the last attempt is kept
 * behind its own control.
 */
export function Recall({ id }: { id: string }) {
  const question = useQuestion(id, ["recall"]);
  const exercise = useAnswer(id, ["recall"]);
  const lesson = useLesson();
  const record = useShownRecord((s) => s.recall[id]);
  const [status, setStatus] = useState("");
  const [practising, setPractising] = useState(false);
  const [showLast, setShowLast] = useState(false);
  const answerId = useId();
  const scheduleRef = useRef<HTMLParagraphElement>(null);
  const answerRef = useRef<HTMLTextAreaElement>(null);
  const draft = record?.draft ?? "";
  const revealed = record?.revealed ?? false;
  useAnswerKeyWhen(lesson.answers, revealed);
  const checked = record?.checked ?? [];
  const last = record?.lastAttempt ?? null;
  const now = Date.now();
  const due = isDue(record, now);
  // Graded, not due yet, nothing started: the prompt rests until it comes back (or the learner asks now).
  const resting = !!record?.card && !due && draft === "" && !revealed && !practising;

  const grade = async (g: Grade) => {
    let schedule: typeof import("./schedule").schedule;
    try {
      ({ schedule } = await scheduler());
    } catch {
      setStatus(t("recall.scheduleFailed"));
      return;
    }
    const at = Date.now();
    let card: ReturnType<typeof schedule>;
    try {
      card = schedule(store.getState().recall[id]?.card ?? null, g, at);
    } catch {
      // A saved card the scheduler cannot take: the attempt stays as written, and the learner is told.
      setStatus(t("recall.gradeFailed"));
      return;
    }
    exercises.gradeRecall(id, g, card, at);
    setPractising(false);
    setShowLast(false);
    setStatus(t("recall.scheduled", { grade: t(`recall.${g}`), when: whenText(card.due, at) }));
    requestAnimationFrame(() => scheduleRef.current?.focus());
  };

  return (
    <ExerciseFrame id={id} kind="recall" label={t("exercise.recall")}>
      <label className="exercise-prompt recall-prompt" htmlFor={answerId}>
        <InlineText text={question.prompt} />
      </label>
      {record?.card && (
        <p className="recall-schedule" tabIndex={-1} ref={scheduleRef}>
          {due ? t("recall.due") : t("recall.nextReview", { when: whenText(record.card.due, now) })}
        </p>
      )}
      {resting ? (
        <div className="exercise-actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              setPractising(true);
              requestAnimationFrame(() => answerRef.current?.focus());
            }}
          >
            {t("recall.practise")}
          </button>
        </div>
      ) : (
        <>
          <textarea
            id={answerId}
            ref={answerRef}
            className="recall-answer"
            rows={5}
            maxLength={maxRecallLength}
            value={draft}
            onChange={(e) => exercises.setRecallDraft(id, e.target.value.slice(0, maxRecallLength))}
            aria-describedby={`${answerId}-hint`}
          />
          <p className="recall-hint" id={`${answerId}-hint`}>
            {t("recall.draftSaved")}
          </p>
          <div className="exercise-actions">
            <button
              type="button"
              className="primary"
              aria-expanded={revealed && !!exercise}
              onClick={() => {
                void lesson.answers.load().catch(() => setStatus(t("exercise.keyFailed")));
                exercises.revealRecall(id, !revealed);
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
                    <input type="checkbox" checked={checked.includes(i)} onChange={() => exercises.toggleKeyPoint(id, i)} />
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
                    <button key={g} type="button" onClick={() => void grade(g)}>
                      {t(`recall.${g}`)}
                    </button>
                  ))}
                </div>
              </fieldset>
            </div>
          )}
        </>
      )}
      {last && (
        <div className="recall-last">
          <button type="button" className="link-button" aria-expanded={showLast} onClick={() => setShowLast((s) => !s)}>
            {t(showLast ? "recall.hideLast" : "recall.showLast")}
          </button>
          {showLast && (
            <div className="recall-last-attempt">
              <p className="recall-last-meta">{t("recall.lastGraded", { grade: t(`recall.${last.grade}`), when: new Date(last.at).toLocaleDateString("en", { day: "numeric", month: "long", year: "numeric" }) })}</p>
              {last.text ? <p className="recall-last-text">{last.text}</p> : <p className="recall-last-text recall-last-empty">{t("recall.lastEmpty")}</p>}
            </div>
          )}
        </div>
      )}
      <p className="exercise-result" role="status">
        {status}
      </p>
    </ExerciseFrame>
  );
}
