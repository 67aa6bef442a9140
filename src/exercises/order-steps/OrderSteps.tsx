import { useEffect, useId, useRef, useState, type ComponentType, type KeyboardEvent } from "react";
import { useQuestion } from "../../lesson/LessonContext";
import { useShownRecord } from "../../progress/hydration";
import { exercises } from "../../progress/exercises";
import { chunk } from "../../ui/chunk";
import { whenNear } from "../../ui/whenNear";
import { InlineText } from "../../ui/InlineText";
import { t } from "../strings";
import { useLayoutEffectInBrowser } from "../../ui/useLayoutEffectInBrowser";
import { AnswerActions, ExerciseFrame, Verdict } from "../ExerciseFrame";
import { attemptsText, useGraded } from "../lifecycle";
import { sameMembers } from "../shuffle";
import { moveStep, orderKind } from "./model";
import { PlainSteps, type ListProps, type StepView } from "./StepList";

const sortableCode = chunk(() => import("./SortableSteps"));

type StepsView = ComponentType<ListProps>;

/**
 * Put the steps in order: drag with a pointer or a finger, use the move buttons, or pick a step up with the
 * keyboard and move it with the arrow keys. Checking marks each step in place or not.
 */
export function OrderSteps({ id }: { id: string }) {
  const question = useQuestion(id, ["order"]);
  const graded = useGraded(question, ["order"]);
  const { phase, record, exercise } = graded;
  const draft = useShownRecord((s) => s.orderDrafts[id]);
  const initial = question.steps.map((s) => s.id);
  const working = draft && sameMembers(draft.order, initial) ? draft.order : initial;
  const order = phase === "answering" ? working : phase === "revealed" && exercise ? orderKind.solution(exercise) : (record?.latest.response ?? working);
  const grade = phase === "wrong" || phase === "right" ? (exercise ? orderKind.grade(exercise, order) : null) : null;
  const inPlace = grade ? (exercise ? exercise.steps.map((s, i) => order[i] === s.id) : null) : null;
  const [announcement, setAnnouncement] = useState("");
  const [Sortable, setSortable] = useState<StepsView | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | null>(null);
  // The order as the latest key press left it, before React has rendered it: presses never act on a stale order.
  const current = useRef(order);
  current.current = order;
  const [picked, setPicked] = useState<{ id: string; from: number } | null>(null);
  const labelId = useId();
  const instructionsId = useId();
  const locked = phase !== "answering";

  useEffect(() => {
    const el = frame.current;
    if (!el || Sortable) return;
    let live = true;
    const load = () =>
      void sortableCode().then(
        (m) => {
          if (!live) return;
          // Swap in the drag layer in one step, and give focus back to whichever control had it.
          const active = document.activeElement;
          if (active instanceof HTMLElement && el.contains(active)) pendingFocus.current = active.dataset.focusKey ?? null;
          setSortable(() => m.default);
        },
        // Without the drag layer the steps still move with their buttons and the keyboard.
        () => undefined,
      );
    const stop = whenNear(el, load);
    return () => {
      live = false;
      stop();
    };
  }, [Sortable]);

  // Reordering moves DOM nodes, and a moved node loses focus: the control that had it gets it back.
  useLayoutEffectInBrowser(() => {
    const key = pendingFocus.current;
    if (!key) return;
    const target = frame.current?.querySelector<HTMLElement>(`[data-focus-key="${key}"]`);
    if (target) {
      target.focus();
      pendingFocus.current = null;
    }
  });

  // A step picked up with the keyboard is dropped where it is when focus goes to anything else.
  useEffect(() => {
    if (!picked) return;
    const onFocus = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement && event.target.dataset.focusKey === `handle:${picked.id}`) return;
      setPicked(null);
    };
    document.addEventListener("focusin", onFocus);
    return () => document.removeEventListener("focusin", onFocus);
  }, [picked]);

  const labelOf = (stepId: string) => question.steps.find((s) => s.id === stepId)?.label ?? stepId;
  const total = order.length;

  const steps: StepView[] = order.map((stepId, i) => {
    const step = question.steps.find((s) => s.id === stepId);
    return { id: stepId, label: step?.label ?? stepId, text: step?.text ?? "", mark: inPlace ? (inPlace[i] ?? false) : null };
  });

  /** Moves a step and saves the working order; says so unless `quiet` (a drag layer announces its own). */
  const move = (from: number, to: number, quiet = false) => {
    const before = current.current;
    const next = moveStep(before, from, to);
    if (next.join() === before.join()) return;
    const active = document.activeElement;
    if (active instanceof HTMLElement && frame.current?.contains(active)) pendingFocus.current = active.dataset.focusKey ?? null;
    current.current = next;
    exercises.setOrderDraft(id, next);
    const moved = before[from];
    if (moved && !quiet) setAnnouncement(t("order.moved", { label: labelOf(moved), position: to + 1, total }));
  };

  const onHandleKey = (stepId: string, event: KeyboardEvent<HTMLButtonElement>) => {
    if (locked) return;
    const at = current.current.indexOf(stepId);
    const say = (key: Parameters<typeof t>[0], position: number) => setAnnouncement(t(key, { label: labelOf(stepId), position: position + 1, total }));
    if (event.key === " " || event.key === "Enter") {
      event.preventDefault();
      if (picked?.id === stepId) {
        setPicked(null);
        say("order.dropped", at);
      } else {
        setPicked({ id: stepId, from: at });
        say("order.pickedUp", at);
      }
    } else if (picked?.id === stepId && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
      event.preventDefault();
      const to = event.key === "ArrowUp" ? at - 1 : at + 1;
      if (to >= 0 && to < total) move(at, to);
    } else if (picked?.id === stepId && event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      move(at, picked.from, true);
      setPicked(null);
      say("order.cancelled", picked.from);
    }
  };

  const listProps: ListProps = {
    steps,
    locked,
    onMove: move,
    onHandleKey,
    picked: picked?.id ?? null,
    labelledBy: labelId,
    describedBy: instructionsId,
  };

  return (
    <ExerciseFrame id={id} kind="order" label={t("exercise.order")}>
      <p className="exercise-prompt" id={labelId}>
        <InlineText text={question.prompt} />
      </p>
      <p className="order-instructions" id={instructionsId}>
        {t("order.instructions")}
      </p>
      <div ref={frame}>{Sortable ? <Sortable {...listProps} /> : <PlainSteps {...listProps} />}</div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <AnswerActions
        phase={phase}
        checkLabel={t("order.check")}
        revealLabel={t("order.showSolution")}
        onCheck={() => {
          setPicked(null);
          void graded.submit(current.current);
        }}
        onRetry={graded.retry}
        onReveal={() => void graded.reveal()}
      />
      <Verdict
        phase={phase}
        hint={graded.hint}
        verdictRef={graded.verdictRef}
        title={grade ? `${t(grade.correct ? "exercise.right" : "exercise.wrong")} ${t("order.score", { right: grade.score, total: grade.total })}` : undefined}
      >
        {exercise && (phase === "right" || phase === "revealed") && (
          <p>
            <strong>{t("order.rule")}: </strong>
            <InlineText text={exercise.rule} />
          </p>
        )}
      </Verdict>
      {record && phase !== "answering" && attemptsText(record) && <p className="exercise-attempts">{attemptsText(record)}</p>}
    </ExerciseFrame>
  );
}
