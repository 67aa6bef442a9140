import { useRef, type ReactNode, type Ref } from "react";
import { useLayoutEffectInBrowser } from "../ui/useLayoutEffectInBrowser";
import type { Exercise } from "../course/exercises";
import { useProgressHydrated } from "../progress/hydration";
import type { AnswerRecord } from "../progress/saved";
import { store, useProgress } from "../progress/store";
import { t } from "../ui/strings";

export function exerciseAnchor(id: string): string {
  return `exercise-${id}`;
}

/** The box every exercise sits in: its kind as a label, and an anchor for links to it. */
export function ExerciseFrame({ id, kind, label, children }: { id: string; kind: string; label: string; children: ReactNode }) {
  return (
    <div role="group" className={`exercise exercise-${kind}`} id={exerciseAnchor(id)} aria-labelledby={`${exerciseAnchor(id)}-label`} tabIndex={-1}>
      <p className="exercise-label" id={`${exerciseAnchor(id)}-label`}>
        {label}
      </p>
      {children}
    </div>
  );
}

/**
 * The saved answer to show, if any: none before saved progress has been read (so the prerendered page
 * hydrates as it was written), none while the learner retries.
 */
export function useShownAnswer(id: string, fingerprint: string): AnswerRecord | null {
  const hydrated = useProgressHydrated();
  const record = useProgress((s) => s.answers[id]);
  const retrying = useProgress((s) => !!s.retrying[id]);
  if (!hydrated || retrying || !record || record.fingerprint !== fingerprint) return null;
  return record;
}

export function AttemptLine({ record }: { record: AnswerRecord }) {
  const word = (ok: boolean) => t(ok ? "exercise.attemptRight" : "exercise.attemptWrong");
  if (record.first.at === record.latest.at) return null;
  return <p className="exercise-attempts">{t("exercise.attempts", { first: word(record.first.correct), latest: word(record.latest.correct) })}</p>;
}

/**
 * Keeps a control where it is on screen while feedback opens above it: call `hold` before the change,
 * and the page scrolls by however far the control moved.
 */
export function useKeptInPlace<T extends HTMLElement>(trigger: unknown) {
  const ref = useRef<T>(null);
  const top = useRef<number | null>(null);
  useLayoutEffectInBrowser(() => {
    const target = top.current;
    if (target === null || !ref.current) return;
    top.current = null;
    const settle = () => {
      const moved = (ref.current?.getBoundingClientRect().top ?? target) - target;
      if (Math.abs(moved) >= 1) window.scrollBy({ top: moved, behavior: "instant" });
    };
    settle();
    // Late layout (the answer key's feedback, fonts) can still move it: settle once more next frame.
    requestAnimationFrame(settle);
  }, [trigger]);
  return { ref, hold: () => (top.current = ref.current?.getBoundingClientRect().top ?? null) };
}

type ActionsProps = {
  record: AnswerRecord | null;
  exercise: Exercise | null;
  checkLabel?: string;
  showLabel?: string;
  /** The check button submits its form, unless the exercise checks on click. */
  onCheck?: () => void;
  checkRef?: Ref<HTMLButtonElement>;
};

/** Check (then Try again, in the same place, so focus stays), and Show the answer after a wrong one. */
export function AnswerActions({ record, exercise, checkLabel = t("exercise.check"), showLabel = t("exercise.showAnswer"), onCheck, checkRef }: ActionsProps) {
  return (
    <div className="exercise-actions">
      <button type={onCheck ? "button" : "submit"} className="primary" ref={checkRef} onClick={onCheck}>
        {record ? t("exercise.retry") : checkLabel}
      </button>
      {record && exercise && !record.latest.correct && !record.solutionShown && (
        <button type="button" onClick={() => store.getState().showSolution(exercise)}>
          {showLabel}
        </button>
      )}
    </div>
  );
}

/** Right or wrong (or the answer shown), with what explains it. */
export function Verdict({ record, title, children }: { record: AnswerRecord; title?: string; children: ReactNode }) {
  const correct = record.latest.correct;
  return (
    <div className={`verdict ${correct ? "verdict-right" : "verdict-wrong"}`}>
      <p className="verdict-title">{record.solutionShown ? t("exercise.solutionShown") : (title ?? t(correct ? "exercise.right" : "exercise.wrong"))}</p>
      {children}
    </div>
  );
}
