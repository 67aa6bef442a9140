import { useEffect, useId, useRef, useState } from "react";
import { pieceKey } from "../course";
import { piecePath } from "../course/urls";
import { ChoiceList, type OptionNote } from "../exercises/choice/ChoiceList";
import { listOf, type ChoiceQuestion } from "../exercises/choice/model";
import { ExerciseFrame, useKeptInPlace } from "../exercises/ExerciseFrame";
import type { ChoiceExercise } from "../exercises/kinds";
import { useAnswerKey, useAnswerKeyWhen } from "../lesson/answerKey";
import { exerciseWithKey, useLesson } from "../lesson/LessonContext";
import { useProgressHydrated } from "../progress/hydration";
import type { ReviewAttempt } from "../progress/saved";
import { store, useProgress } from "../progress/store";
import { exercises } from "../progress/exercises";
import { AppLink } from "../ui/AppLink";
import { InlineText } from "../ui/InlineText";
import { t } from "../exercises/strings";
import { tierName } from "../ui/strings";
import { allAnswered, currentQuestion, misconceptionGroups, missed, optionOrder, score, startAttempt, suggestAltitude } from "./review";

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
  // One live region for the whole review, on the page from the start: each new question, and the result.
  const [announcement, setAnnouncement] = useState("");
  const focusTarget = useRef<HTMLElement | null>(null);
  const [focusNext, setFocusNext] = useState(0);

  useEffect(() => {
    if (focusNext > 0) focusTarget.current?.focus();
  }, [focusNext]);

  const begin = (only?: string[]) => {
    const next = startAttempt(only ?? ids, Math.floor(Math.random() * 2 ** 32), Date.now());
    exercises.saveReview(key, next);
    setAnnouncement(t("review.progress", { n: 1, total: next.questionIds.length }));
    setFocusNext((n) => n + 1);
  };

  return (
    <ExerciseFrame id="review" kind="review" label={t("review.label")}>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
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
        <Asking
          attempt={attempt}
          questions={questions}
          pieceKey={key}
          legendRef={(el) => (focusTarget.current = el)}
          onNext={(n, total) => {
            setAnnouncement(t("review.progress", { n, total }));
            setFocusNext((c) => c + 1);
          }}
          onFinish={(right, total) => {
            setAnnouncement(t("review.result", { right, total }));
            setFocusNext((c) => c + 1);
          }}
        />
      ) : (
        <Result attempt={attempt} questions={questions} onRetry={begin} headingRef={(el) => (focusTarget.current = el)} />
      )}
    </ExerciseFrame>
  );
}

type AskingProps = {
  attempt: ReviewAttempt;
  questions: ChoiceQuestion[];
  pieceKey: string;
  legendRef: (el: HTMLElement | null) => void;
  onNext: (n: number, total: number) => void;
  onFinish: (right: number, total: number) => void;
};

function Asking({ attempt, questions, pieceKey: key, legendRef, onNext, onFinish }: AskingProps) {
  const lesson = useLesson();
  const [shown, setShown] = useState<{ id: string; exercise: ChoiceExercise; chosen: string[]; correct: boolean } | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [hint, setHint] = useState("");
  const name = useId();
  const kept = useKeptInPlace<HTMLButtonElement>(shown);
  // The question being checked stays on screen while its answer is recorded, even if it was the last.
  const checking = useRef<string | null>(null);
  const currentId = currentQuestion(attempt);
  const questionId = shown?.id ?? checking.current ?? currentId;
  const question = questions.find((q) => q.id === questionId);
  // Every question answered, the last verdict seen or lost to a reload: the result is next.
  if (!question) return <FinishNow attempt={attempt} pieceKey={key} onFinish={onFinish} />;
  const several = question.kind === "multiple";
  const options = optionOrder(question.id, question.options, attempt.seed);
  const { right, answered, total } = score(attempt);
  const position = attempt.questionIds.indexOf(question.id) + 1;
  const last = attempt.questionIds.every((id) => attempt.answers[id] || id === question.id);

  const check = async () => {
    if (chosen.length === 0) {
      setHint(t("exercise.chooseFirst"));
      return;
    }
    setHint("");
    kept.hold();
    checking.current = question.id;
    let exercise: ChoiceExercise;
    try {
      exercise = await exerciseWithKey(lesson, question.id, ["single", "multiple"]);
    } catch {
      checking.current = null;
      setHint(t("exercise.keyFailed"));
      return;
    }
    let verdict: Awaited<ReturnType<typeof exercises.answerReview>>;
    try {
      verdict = await exercises.answerReview(key, exercise, chosen);
    } catch {
      checking.current = null;
      setHint(t("exercise.keyFailed"));
      return;
    }
    if (verdict) setShown({ id: question.id, exercise, chosen, correct: verdict.correct });
    checking.current = null;
  };

  const next = () => {
    setShown(null);
    setChosen([]);
    const latest = store.getState().reviews[key];
    if (!latest) return;
    if (allAnswered(latest)) {
      exercises.saveReview(key, { ...latest, finishedAt: latest.finishedAt ?? Date.now() });
      const s = score(latest);
      onFinish(s.right, s.total);
    } else onNext(position + 1, total);
  };

  const noteFor = (optionId: string): OptionNote | null => {
    if (!shown || !shown.chosen.includes(optionId)) return null;
    const option = shown.exercise.options.find((o) => o.id === optionId);
    if (!option) return null;
    return {
      status: t(option.correct ? "exercise.optionRightChosen" : "exercise.optionWrongChosen"),
      tone: option.correct ? "right" : "wrong",
      body: (
        <>
          <p>
            <InlineText text={option.feedback} />
          </p>
          {!option.correct && option.misconception && <p className="misconception">{t("exercise.misconception", { text: option.misconception })}</p>}
        </>
      ),
    };
  };

  return (
    <div className="review-asking">
      <p className="review-progress">
        {t("review.progress", { n: position, total })} · {t("review.score", { right, answered })}
      </p>
      <ChoiceList
        name={name}
        options={options}
        several={several}
        selected={shown?.chosen ?? chosen}
        disabled={!!shown}
        onToggle={(id, on) => setChosen((c) => (several ? (on ? [...c, id] : c.filter((x) => x !== id)) : [id]))}
        noteFor={noteFor}
        legend={
          <span tabIndex={-1} ref={legendRef} className="review-question">
            <InlineText text={question.prompt} />
          </span>
        }
      />
      <div className="exercise-actions">
        <button type="button" className="primary" ref={kept.ref} onClick={shown ? next : () => void check()}>
          {shown ? t(last ? "review.finish" : "review.next") : t("exercise.check")}
        </button>
      </div>
      <div className="exercise-result" role="status">
        {hint && <p className="exercise-hint">{hint}</p>}
        {shown && (
          <div className={`verdict verdict-${shown.correct ? "right" : "wrong"}`}>
            <p className="verdict-title">{t(shown.correct ? "exercise.right" : "review.wrongNoAnswer")}</p>
          </div>
        )}
      </div>
    </div>
  );
}

/** An attempt with every question answered but not yet closed (a reload came between): it is closed now. */
function FinishNow({ attempt, pieceKey: key, onFinish }: { attempt: ReviewAttempt; pieceKey: string; onFinish: (right: number, total: number) => void }) {
  useEffect(() => {
    exercises.saveReview(key, { ...attempt, finishedAt: attempt.finishedAt ?? attempt.updatedAt });
    const s = score(attempt);
    onFinish(s.right, s.total);
  }, [attempt, key, onFinish]);
  return null;
}

type ResultProps = { attempt: ReviewAttempt; questions: ChoiceQuestion[]; onRetry: (only?: string[]) => void; headingRef: (el: HTMLElement | null) => void };

function Result({ attempt, questions, onRetry, headingRef }: ResultProps) {
  const lesson = useLesson();
  const { right, total } = score(attempt);
  const missedIds = missed(attempt);
  useAnswerKeyWhen(lesson.answers, true);
  const key = useAnswerKey(lesson.answers) as ReadonlyMap<string, ChoiceExercise> | null;
  const groups = key ? misconceptionGroups(attempt, key) : [];
  const suggestion = suggestAltitude(lesson.tier, right, total);
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  return (
    <div className="review-result">
      <h3 className="review-score" tabIndex={-1} ref={headingRef}>
        <span className="review-score-figure">{t("review.scoreFigure", { right, total })}</span>
        <span className="review-score-words">{t("review.result", { right, total })}</span>
      </h3>
      {missedIds.length === 0 ? (
        <p>{t("review.missedNone")}</p>
      ) : (
        <>
        <h3>{t("review.missedTitle")}</h3>
        <ul className="review-missed">
          {missedIds.map((id) => {
            const q = questions.find((x) => x.id === id);
            if (!q) return null;
            const exercise = key?.get(id);
            const chosen = attempt.answers[id]?.chosen ?? [];
            const chosenText = chosen.map((c) => q.options.find((o) => o.id === c)?.text ?? c);
            const belief = exercise?.options.find((o) => chosen.includes(o.id) && !o.correct)?.misconception;
            const open = revealed.has(id);
            return (
              <li key={id}>
                <p className="review-missed-question">
                  <InlineText text={q.prompt} />
                </p>
                <p className="review-missed-choice">
                  <strong>{t("review.youChose")}</strong> <InlineText text={listOf(chosenText)} />
                  {belief && <span className="misconception"> {t("exercise.misconception", { text: belief })}</span>}
                </p>
                {open && exercise && (
                  <p className="review-missed-answer">
                    <strong>{t("review.rightAnswer")}</strong>{" "}
                    <InlineText text={listOf(exercise.options.filter((o) => o.correct).map((o) => o.text))} />
                  </p>
                )}
                <p className="review-missed-actions">
                  {exercise && (
                    <button type="button" className="link-button" aria-expanded={open} onClick={() => setRevealed((r) => new Set(open ? [...r].filter((x) => x !== id) : [...r, id]))}>
                      {t(open ? "review.hideAnswer" : "review.showAnswer")}
                    </button>
                  )}
                  {q.teaches && (
                    <AppLink to={piecePath({ track: lesson.piece.track, slug: q.teaches.piece }, q.tier, q.teaches.section)}>
                      {t("review.teaches", { section: q.teaches.title ?? q.teaches.section, tier: tierName(q.tier).toLowerCase() })}
                    </AppLink>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
        </>
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
          <AppLink to={piecePath(lesson.piece, suggestion.tier, "review")}>{t("review.switch", { tier: tierName(suggestion.tier).toLowerCase() })}</AppLink>
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
