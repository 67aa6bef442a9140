// The list of steps as the learner sees it, with move buttons; the drag layer (SortableSteps) wraps
// the same items once it has loaded.
import type { CSSProperties, HTMLAttributes, KeyboardEvent, ReactNode, Ref } from "react";
import { InlineText } from "../../ui/InlineText";
import { t } from "../strings";

export type StepView = { id: string; label: string; text: string; mark: boolean | null };

export type ItemProps = {
  step: StepView;
  index: number;
  total: number;
  locked: boolean;
  /** Picked up with the keyboard: arrow keys move it. */
  picked: boolean;
  onMove: (from: number, to: number) => void;
  onHandleKey: (stepId: string, event: KeyboardEvent<HTMLButtonElement>) => void;
  /** The drag layer's pointer and touch handling, once it has loaded. */
  sortable?: { ref: Ref<HTMLLIElement>; style: CSSProperties; handle: HTMLAttributes<HTMLButtonElement>; dragging: boolean };
};

export function StepItem({ step, index, total, locked, picked, onMove, onHandleKey, sortable }: ItemProps) {
  const move = (to: number) => {
    if (!locked && to >= 0 && to < total) onMove(index, to);
  };
  const markClass = step.mark === null ? "" : step.mark ? " step-right" : " step-wrong";
  return (
    <li ref={sortable?.ref} style={sortable?.style} className={`step${markClass}${sortable?.dragging || picked ? " step-dragging" : ""}`} data-step={step.id}>
      <button
        type="button"
        className="step-handle"
        {...sortable?.handle}
        aria-label={t("order.handle", { label: step.label })}
        aria-disabled={locked || undefined}
        aria-pressed={picked}
        data-focus-key={`handle:${step.id}`}
        onKeyDown={(event) => onHandleKey(step.id, event)}
      >
        <svg aria-hidden="true" viewBox="0 0 12 18" width="12" height="18">
          <g fill="currentColor">
            <circle cx="3" cy="3" r="1.6" /><circle cx="9" cy="3" r="1.6" /><circle cx="3" cy="9" r="1.6" />
            <circle cx="9" cy="9" r="1.6" /><circle cx="3" cy="15" r="1.6" /><circle cx="9" cy="15" r="1.6" />
          </g>
        </svg>
      </button>
      <span className="step-position" aria-hidden="true">
        {index + 1}
      </span>
      <span className="step-body">
        <span className="step-label">{step.label}</span>
        <span className="step-text">
          <InlineText text={step.text} />
        </span>
        {step.mark !== null && <span className="step-mark">{t(step.mark ? "order.inPlace" : "order.outOfPlace")}</span>}
      </span>
      <span className="step-moves">
        <button type="button" aria-label={t("order.moveUp", { label: step.label })} aria-disabled={locked || index === 0 || undefined} onClick={() => move(index - 1)} data-focus-key={`up:${step.id}`}>
          <span aria-hidden="true">↑</span>
        </button>
        <button type="button" aria-label={t("order.moveDown", { label: step.label })} aria-disabled={locked || index === total - 1 || undefined} onClick={() => move(index + 1)} data-focus-key={`down:${step.id}`}>
          <span aria-hidden="true">↓</span>
        </button>
      </span>
    </li>
  );
}

export type ListProps = {
  steps: StepView[];
  locked: boolean;
  /** `quiet`: the move is announced by whoever made it (the drag layer). */
  onMove: (from: number, to: number, quiet?: boolean) => void;
  onHandleKey: (stepId: string, event: KeyboardEvent<HTMLButtonElement>) => void;
  /** The step picked up with the keyboard, if any. */
  picked: string | null;
  labelledBy: string;
  describedBy: string;
};

export function PlainSteps({ steps, locked, onMove, onHandleKey, picked, labelledBy, describedBy }: ListProps) {
  return (
    <StepsFrame labelledBy={labelledBy} describedBy={describedBy}>
      {steps.map((step, i) => (
        <StepItem key={step.id} step={step} index={i} total={steps.length} locked={locked} picked={picked === step.id} onMove={onMove} onHandleKey={onHandleKey} />
      ))}
    </StepsFrame>
  );
}

export function StepsFrame({ labelledBy, describedBy, children }: { labelledBy: string; describedBy: string; children: ReactNode }) {
  return (
    <ol className="steps" aria-labelledby={labelledBy} aria-describedby={describedBy}>
      {children}
    </ol>
  );
}
