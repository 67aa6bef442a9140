import { lazy, Suspense, useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import { exerciseWithKey, useAnswer, useLesson, useQuestion } from "../../lesson/LessonContext";
import { useProgressHydrated } from "../../progress/hydration";
import { store, useProgress } from "../../progress/store";
import { InlineText } from "../../ui/InlineText";
import { t } from "../../ui/strings";
import { AttemptLine, ExerciseFrame, useShownAnswer } from "../ExerciseFrame";
import { gradeOrder, moveStep } from "./grade";
import { PlainSteps, type StepView } from "./StepList";

const SortableSteps = lazy(() => import("./SortableSteps"));

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
  const [dragReady, setDragReady] = useState(false);
  const frame = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const labelId = useId();
  const instructionsId = useId();

  useEffect(() => {
    const el = frame.current;
    if (!el || dragReady) return;
    const load = () => {
      const active = document.activeElement;
      if (active instanceof HTMLElement && el.contains(active)) pendingFocus.current = active.dataset.focusKey ?? null;
      setDragReady(true);
    };
    if (!("IntersectionObserver" in window)) return load();
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), { rootMargin: "800px 0px" });
    observer.observe(el);
    return () => observer.disconnect();
  }, [dragReady]);

  // The drag layer replaces the plain list; whatever control had focus keeps it.
  useLayoutEffect(() => {
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
        {dragReady ? <Suspense fallback={plain}><SortableSteps {...listProps} /></Suspense> : plain}
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <div className="exercise-actions">
        <button type="button" className="primary" onClick={() => void check()}>
          {record ? t("exercise.retry") : t("order.check")}
        </button>
        {record && exercise && !record.latest.correct && !record.solutionShown && (
          <button type="button" onClick={() => store.getState().showSolution(exercise)}>
            {t("order.showSolution")}
          </button>
        )}
      </div>
      <div className="exercise-result" role="status">
        {record && grade && exercise && (
          <div className={`verdict ${grade.correct ? "verdict-right" : "verdict-wrong"}`}>
            <p className="verdict-title">
              {record.solutionShown ? t("exercise.solutionShown") : `${t(grade.correct ? "exercise.right" : "exercise.wrong")} ${t("order.score", { right: grade.score, total: steps.length })}`}
            </p>
            <p>
              <strong>{t("order.rule")}: </strong>
              <InlineText text={exercise.rule} />
            </p>
          </div>
        )}
      </div>
      {record && <AttemptLine record={record} />}
    </ExerciseFrame>
  );
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}
