// One answer lifecycle for every graded kind: an attempt, feedback on what the learner chose, "Try again"
// with the choice cleared, and the answer only when the learner asks for it. The store grades (through the
// kind's model); the view only says what was chosen.
import { useRef, useState, type RefObject } from "react";
import { useAnswerKeyWhen } from "../lesson/answerKey";
import { exerciseWithKey, useAnswer, useLesson } from "../lesson/LessonContext";
import { useShownRecord } from "../progress/hydration";
import type { AnswerRecord } from "../progress/saved";
import { exercises } from "../progress/exercises";
import { t } from "./strings";
import type { GradedKind } from "./kindNames";
import type { ExerciseOf, GradedQuestion } from "./kinds";

/**
 * - answering: no attempt yet, or the learner chose "Try again";
 * - right / wrong: the latest attempt, judged;
 * - revealed: the learner asked for the answer after their latest attempt.
 */
export type Phase = "answering" | "right" | "wrong" | "revealed";

export function phaseOf(record: AnswerRecord | null): Phase {
  if (!record || record.retrying) return "answering";
  if (record.revealedAt !== null && record.revealedAt >= record.latest.at) return "revealed";
  return record.latest.correct ? "right" : "wrong";
}

export type Graded<K extends GradedKind> = {
  phase: Phase;
  /** The saved answer, once saved progress has been read and if it still fits the exercise. */
  record: AnswerRecord | null;
  /** The whole exercise (its answer key), once fetched; null before. */
  exercise: ExerciseOf<K> | null;
  /** A message about the attempt itself: nothing chosen, or the key could not be fetched. */
  hint: string;
  submit: (response: string[]) => Promise<void>;
  retry: () => void;
  reveal: () => Promise<void>;
  /** Where focus goes when a control removes itself (the verdict, once the answer is shown). */
  verdictRef: RefObject<HTMLParagraphElement>;
};

export function useGraded<K extends GradedKind>(question: GradedQuestion & { kind: K }, kindsOf: readonly K[]): Graded<K> {
  const lesson = useLesson();
  const stored = useShownRecord((s) => s.answers[question.id]);
  const record = stored && stored.fingerprint === question.fingerprint ? stored : null;
  const exercise = useAnswer(question.id, kindsOf);
  // A saved answer is shown with its feedback, which is in the key.
  useAnswerKeyWhen(lesson.answers, record !== null);
  const [hint, setHint] = useState("");
  const verdictRef = useRef<HTMLParagraphElement>(null);

  const withKey = async (): Promise<ExerciseOf<K> | null> => {
    try {
      return (await exerciseWithKey(lesson, question.id, kindsOf)) as ExerciseOf<K>;
    } catch {
      setHint(t("exercise.keyFailed"));
      return null;
    }
  };

  return {
    phase: phaseOf(record),
    record,
    exercise: exercise as ExerciseOf<K> | null,
    hint,
    verdictRef,
    submit: async (response) => {
      if (response.length === 0) {
        setHint(t("exercise.chooseFirst"));
        return;
      }
      setHint("");
      const full = await withKey();
      if (!full) return;
      try {
        await exercises.answer(full as never, response);
      } catch {
        // The grading code could not be fetched: the choice stays on screen for the next try.
        setHint(t("exercise.keyFailed"));
      }
    },
    retry: () => {
      setHint("");
      exercises.retry(question.id);
    },
    reveal: async () => {
      const full = await withKey();
      if (!full) return;
      try {
        await exercises.reveal(full as never);
      } catch {
        setHint(t("exercise.keyFailed"));
        return;
      }
      // The button that was pressed is gone; the verdict now says the answer is shown.
      requestAnimationFrame(() => verdictRef.current?.focus());
    },
  };
}

/** How the learner got there, once there is more than one attempt or the answer was shown. */
export function attemptsText(record: AnswerRecord): string | null {
  if (record.revealedAt !== null) {
    if (record.attempts < 2) return t(record.attempts === 1 ? "exercise.attemptsRevealedOne" : "exercise.attemptsRevealedNone");
    return t("exercise.attemptsRevealed", { count: record.attempts });
  }
  if (record.rightAt !== null) return record.first.correct ? t("exercise.attemptsFirst") : t("exercise.attemptsAfter", { count: record.attempts });
  return record.attempts > 1 ? t("exercise.attemptsSoFar", { count: record.attempts }) : null;
}
