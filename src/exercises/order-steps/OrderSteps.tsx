import { useEffect, useId, useRef, useState, type ComponentType } from "react";
import { useLayoutEffectInBrowser } from "../../ui/useLayoutEffectInBrowser";
import { sameMembers } from "../../course/fingerprint";
import { exerciseWithKey, useAnswer, useLesson, useQuestion } from "../../lesson/LessonContext";
import { useProgressHydrated } from "../../progress/hydration";
import { store, useProgress } from "../../progress/store";
import { InlineText } from "../../ui/InlineText";
import { t } from "../../ui/strings";
import { AnswerActions, AttemptLine, ExerciseFrame, useShownAnswer, Verdict } from "../ExerciseFrame";
import { gradeOrder, moveStep } from "./grade";
import { PlainSteps, type ListProps, type StepView } from "./StepList";

type StepsView = ComponentType<ListProps>;

/** Put the steps in order: drag (pointer, touch, keyboard) or move buttons; check marks each step in place. */
export function OrderSteps({ id }: { id: string }) {
  const question = useQuestion(id, ["order"]);
  const exercise = useAnswer(id, ["order"]);
  const lesson = useLesson();
  const hydrated = useProgressHydrated();
  const saved = useShownAnswer(id, question.fingerprint);
  const record = exercise ? saved : null;
  const draft = useProgress((s) => s.orderDrafts[id]);
  const initial = question.steps.map((s) => s.id);
  const working = hydrated && draft && sameMembers(draft.order, initial) ? draft.order : initial;
  const order = record && exercise ? (record.solutionShown ? exercise.steps.map((s) => s.id) : record.latest.response) : working;
  const grade = record && exercise ? gradeOrder(exercise, order) : null;
  const [announcement, setAnnouncement] = useState("");
  const [Sortable, setSortable] = useState<StepsView | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const labelId = useId();
  const instructionsId = useId();

  useEffect(() => {
    const el = frame.current;
    if (!el || Sortable) return;
    let live = true;
    const load = () =>
      void import("./SortableSteps").then((m) => {
        if (!live) return;
        // Swap in the drag layer in one step, and give focus back to whichever control had it.
        const active = document.activeElement;
        if (active instanceof HTMLElement && el.contains(active)) pendingFocus.current = active.dataset.focusKey ?? null;
        setSortable(() => m.default);
      });
    if (!("IntersectionObserver" in window)) {
      load();
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        load();
      },
      { rootMargin: "800px 0px" },
    );
    observer.observe(el);
    return () => {
      live = false;
      observer.disconnect();
    };
  }, [Sortable]);

  // The drag layer replaces the plain list, and moves reorder it; whatever control had focus keeps it.
  useLayoutEffectInBrowser(() => {
    const key = pendingFocus.current;
    if (!key) return;
    const target = frame.current?.querySelector<HTMLElement>(`[data-focus-key="${key}"]`);
    if (target) {
      target.focus();
      pendingFocus.current = null;
    }
  });

  const steps: StepView[] = order.map((stepId, i) => {
    const step = question.steps.find((s) => s.id === stepId);
    return { id: stepId, label: step?.label ?? stepId, text: step?.text ?? "", mark: grade ? (grade.inPlace[i] ?? false) : null };
  });

  const onMove = (from: number, to: number) => {
    // Reordering moves DOM nodes, and a moved node loses focus: give it back to the control that had it.
    const active = document.activeElement;
    if (active instanceof HTMLElement && frame.current?.contains(active)) pendingFocus.current = active.dataset.focusKey ?? null;
    const next = moveStep(order, from, to);
    store.getState().setOrderDraft(id, next);
    const moved = steps[from];
    if (moved) setAnnouncement(t("order.moved", { label: moved.label, position: to + 1, total: steps.length }));
  };

  const check = async () => {
    if (record) {
      store.getState().retry(id);
      return;
    }
    const full = await exerciseWithKey(lesson, id, ["order"]);
    const result = gradeOrder(full, order);
    store.getState().recordAnswer(full, order, result.correct, result.score);
  };

  const listProps = { steps, locked: !!record, onMove, labelledBy: labelId, describedBy: instructionsId };
  const plain = <PlainSteps {...listProps} />;

  return (
    <ExerciseFrame id={id} kind="order" label={t("exercise.order")}>
      <p className="exercise-prompt" id={labelId}>
        <InlineText text={question.prompt} />
      </p>
      <p className="order-instructions" id={instructionsId}>
        {t("order.instructions")}
      </p>
      <div ref={frame}>
        {Sortable ? <Sortable {...listProps} /> : plain}
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <AnswerActions record={record} exercise={exercise} checkLabel={t("order.check")} showLabel={t("order.showSolution")} onCheck={() => void check()} />
      <div className="exercise-result" role="status">
        {record && grade && exercise && (
          <Verdict record={record} title={`${t(grade.correct ? "exercise.right" : "exercise.wrong")} ${t("order.score", { right: grade.score, total: steps.length })}`}>
            <p>
              <strong>{t("order.rule")}: </strong>
              <InlineText text={exercise.rule} />
            </p>
          </Verdict>
        )}
      </div>
      {record && <AttemptLine record={record} />}
    </ExerciseFrame>
  );
}
