// The parts every exercise shares: its box and anchor, the check / try again / show the answer buttons, and
// the verdict, in a live region that is on the page from the start so that a screen reader hears it change.
import { useRef, type ReactNode, type Ref, type RefObject } from "react";
import { t } from "./strings";
import { useLayoutEffectInBrowser } from "../ui/useLayoutEffectInBrowser";
import type { Phase } from "./lifecycle";

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
      <p className="exercise-no-script">{t("exercise.noScript")}</p>
    </div>
  );
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
  phase: Phase;
  onCheck: () => void;
  onRetry: () => void;
  onReveal: () => void;
  checkLabel?: string;
  revealLabel?: string;
  /** The first button keeps its place and its focus as it turns from Check into Try again and back. */
  checkRef?: Ref<HTMLButtonElement>;
};

/** Check; then Try again in the same place, and Show the answer after a wrong attempt. No button submits a form. */
export function AnswerActions({ phase, onCheck, onRetry, onReveal, checkLabel = t("exercise.check"), revealLabel = t("exercise.showAnswer"), checkRef }: ActionsProps) {
  const answering = phase === "answering";
  return (
    <div className="exercise-actions">
      <button type="button" className="primary" ref={checkRef} onClick={answering ? onCheck : onRetry}>
        {answering ? checkLabel : t("exercise.retry")}
      </button>
      {phase === "wrong" && (
        <button type="button" onClick={onReveal}>
          {revealLabel}
        </button>
      )}
    </div>
  );
}

type VerdictProps = {
  phase: Phase;
  hint: string;
  /** Instead of the usual "Right." or "Not quite." */
  title?: string;
  verdictRef: RefObject<HTMLParagraphElement>;
  children?: ReactNode;
};

/** Right or wrong (or the answer shown), with what explains it; a hint about the attempt otherwise. */
export function Verdict({ phase, hint, title, verdictRef, children }: VerdictProps) {
  const judged = phase !== "answering";
  const heading = phase === "revealed" ? t("exercise.solutionShown") : phase === "right" ? t("exercise.right") : t("exercise.wrong");
  return (
    <div className="exercise-result" role="status">
      {hint && <p className="exercise-hint">{hint}</p>}
      {judged && (
        <div className={`verdict verdict-${phase}`}>
          <p className="verdict-title" tabIndex={-1} ref={verdictRef}>
            {title ?? heading}
          </p>
          {children}
        </div>
      )}
    </div>
  );
}
