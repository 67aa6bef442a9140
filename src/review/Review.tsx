import { useId, useState, type FormEvent } from "react";
import { Link } from "react-router";
import { findPiece, pieceKey, tracks } from "../course";
import type { ChoiceExercise } from "../course/exercises";
import type { Question } from "../course/questions";
import { gradeChoice } from "../exercises/quiz/grade";
import { ExerciseFrame, useKeptInPlace } from "../exercises/ExerciseFrame";
import { useAnswerKey } from "../lesson/answerKey";
import { piecePath } from "../lesson/PiecePage";
import { exerciseWithKey, useLesson } from "../lesson/LessonContext";
import { useProgressHydrated } from "../progress/hydration";
import type { ReviewAttempt } from "../progress/saved";
import { store, useProgress } from "../progress/store";
import { InlineText } from "../ui/InlineText";
import { t, tierName } from "../ui/strings";
import { answer, currentQuestion, misconceptionGroups, missed, optionOrder, score, startAttempt, suggestAltitude } from "./review";

type ChoiceQuestion = Extract<Question, { kind: "single" | "multiple" }>;

/** The piece's multiple-choice questions at the learner's altitude, one at a time, scored and explained. */
export function Review() {
  const lesson = useLesson();
  const hydrated = useProgressHydrated();
  const key = pieceKey({ track: lesson.piece.track, piece: lesson.piece.slug });
  const saved = useProgress((s) => s.reviews[key]);
  const questions = [...lesson.questions.values()].filter((q): q is ChoiceQuestion => q.kind === "single" || q.kind === "multiple");
  const ids = questions.map((q) => q.id);
  const attempt = hydrated && saved && saved.questionIds.every((id) => ids.includes(id)) ? saved : null;
  const stale = hydrated && saved && !attempt;

  const begin = (only?: string[]) => {
    store.getState().saveReview(key, startAttempt(only ?? ids, Math.floor(Math.random() * 2 ** 32), Date.now()));
  };

  return (
    <ExerciseFrame id="review" kind="review" label={t("review.label")}>
      {!attempt ? (
        <>
          {stale && <p className="notice">{t("review.changed")}</p>}
          <p>{t("review.intro", { count: ids.length, tier: tierName(lesson.tier).toLowerCase() })}</p>
          <div className="exercise-actions">
            <button type="button" className="primary" onClick={() => begin()}>
              {t("review.start")}
            </button>
          </div>
        </>
      ) : attempt.finishedAt === null ? (
        <Asking attempt={attempt} questions={questions} pieceKey={key} />
      ) : (
        <Result attempt={attempt} questions={questions} onRetry={begin} />
      )}
    </ExerciseFrame>
  );
}

function Asking({ attempt, questions, pieceKey: key }: { attempt: ReviewAttempt; questions: ChoiceQuestion[]; pieceKey: string }) {
  const lesson = useLesson();
  const currentId = currentQuestion(attempt);
  const [shown, setShown] = useState<{ id: string; exercise: ChoiceExercise; chosen: string[]; correct: boolean } | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const name = useId();
  const kept = useKeptInPlace<HTMLButtonElement>(shown);
  const questionId = shown?.id ?? currentId;
  const question = questions.find((q) => q.id === questionId);
  if (!question) return null;
  const several = question.kind === "multiple";
  const options = optionOrder(question.id, question.options, attempt.seed);
  const { right, answered, total } = score(attempt);
  const position = attempt.questionIds.indexOf(question.id) + 1;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (shown) {
      setShown(null);
      setChosen([]);
      const latest = store.getState().reviews[key];
      if (latest && latest.questionIds.every((id) => latest.answers[id])) store.getState().saveReview(key, { ...latest, finishedAt: latest.finishedAt ?? Date.now() });
      return;
    }
    if (chosen.length === 0) return;
    kept.hold();
    const exercise = await exerciseWithKey(lesson, question.id, ["single", "multiple"]);
    const correct = gradeChoice(exercise, chosen).correct;
    const next = answer(attempt, question.id, chosen, correct, Date.now());
    // The result is shown before moving on, even on the last question.
    store.getState().saveReview(key, { ...next, finishedAt: null });
    setShown({ id: question.id, exercise, chosen, correct });
  };

  const last = attempt.questionIds.every((id) => attempt.answers[id] || id === question.id);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <p className="review-progress">
        {t("review.progress", { n: position, total })} · {t("review.score", { right, answered })}
      </p>
      <fieldset className="choices" disabled={!!shown}>
        <legend className="exercise-prompt">
          <InlineText text={question.prompt} />
        </legend>
        {options.map((o) => {
          const full = shown?.exercise.options.find((x) => x.id === o.id);
          const picked = (shown?.chosen ?? chosen).includes(o.id);
          return (
            <div key={o.id} className={`choice${full ? (full.correct ? " choice-right" : picked ? " choice-wrong" : "") : ""}`}>
              <label>
                <input
                  type={several ? "checkbox" : "radio"}
                  name={name}
                  checked={picked}
                  onChange={(e) => setChosen((c) => (several ? (e.target.checked ? [...c, o.id] : c.filter((x) => x !== o.id)) : [o.id]))}
                />
                <span>
                  <InlineText text={o.text} />
                </span>
              </label>
              {full && (picked || full.correct) && (
                <div className="choice-feedback">
                  <p>
                    <InlineText text={full.feedback} />
                  </p>
                  {picked && !full.correct && full.misconception && <p className="misconception">{t("exercise.misconception", { text: full.misconception })}</p>}
                </div>
              )}
            </div>
          );
        })}
      </fieldset>
      <div className="exercise-actions">
        <button type="submit" className="primary" ref={kept.ref}>
          {shown ? t(last ? "review.finish" : "review.next") : t("exercise.check")}
        </button>
      </div>
      <div className="exercise-result" role="status">
        {shown && (
          <div className={`verdict ${shown.correct ? "verdict-right" : "verdict-wrong"}`}>
            <p className="verdict-title">{t(shown.correct ? "exercise.right" : "exercise.wrong")}</p>
            <p>
              <InlineText text={shown.exercise.explanation} />
            </p>
          </div>
        )}
      </div>
    </form>
  );
}

function Result({ attempt, questions, onRetry }: { attempt: ReviewAttempt; questions: ChoiceQuestion[]; onRetry: (only?: string[]) => void }) {
  const lesson = useLesson();
  const { right, total } = score(attempt);
  const missedIds = missed(attempt);
  const key = useAnswerKey(lesson.answers) as ReadonlyMap<string, ChoiceExercise> | null;
  const groups = key ? misconceptionGroups(attempt, key) : [];
  const suggestion = suggestAltitude(lesson.tier, right, total);
  return (
    <div className="review-result">
      <p className="review-score" role="status">
        {t("review.result", { right, total })}
      </p>
      <h3>{t("review.missedTitle")}</h3>
      {missedIds.length === 0 ? (
        <p>{t("review.missedNone")}</p>
      ) : (
        <ul className="review-missed">
          {missedIds.map((id) => {
            const q = questions.find((x) => x.id === id);
            if (!q) return null;
            const taught = q.teaches ? findPiece(tracks, { track: lesson.piece.track, piece: q.teaches.piece }) : null;
            const section = taught?.piece.sections.find((sec) => sec.id === q.teaches?.section);
            return (
              <li key={id}>
                <InlineText text={q.prompt} />
                {taught && section && (
                  <>
                    {" "}
                    <Link to={piecePath(taught.piece, q.tier, section.id)}>{t("review.teaches", { section: section.title, tier: tierName(q.tier).toLowerCase() })}</Link>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {groups.length > 0 && (
        <>
          <h3>{t("review.misconceptionsTitle")}</h3>
          <ul className="review-misconceptions">
            {groups.map((g) => (
              <li key={g.misconception}>
                <strong>{g.misconception}</strong> ({g.questionIds.length === 1 ? t("review.misconceptionOne") : t("review.misconceptionCount", { count: g.questionIds.length })})
              </li>
            ))}
          </ul>
        </>
      )}
      {suggestion && (
        <p className="notice">
          {t(suggestion.direction === "up" ? "review.up" : "review.down", { tier: tierName(suggestion.tier).toLowerCase() })}{" "}
          <Link to={piecePath(lesson.piece, suggestion.tier, "review")}>{t("review.switch", { tier: tierName(suggestion.tier).toLowerCase() })}</Link>
        </p>
      )}
      <div className="exercise-actions">
        {missedIds.length > 0 && (
          <button type="button" className="primary" onClick={() => onRetry(missedIds)}>
            {t("review.retryMissed")}
          </button>
        )}
        <button type="button" onClick={() => onRetry()}>
          {t("review.retryAll")}
        </button>
      </div>
    </div>
  );
}
