// The drag layer for ordering (dnd-kit): pointer and touch sensors, with announcements in the lesson's
// words. Loaded only when an ordering exercise comes near the screen. Keyboard moves are the exercise's own
// (OrderSteps.tsx): they act on the order itself, one position per press, so a press is never lost to a
// measurement taken while the list is still animating.
import {
  closestCenter,
  DndContext,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from "@dnd-kit/core";
import { SortableContext, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useRef } from "react";
import { t } from "../strings";
import { StepItem, StepsFrame, type ItemProps, type ListProps } from "./StepList";

export default function SortableSteps({ steps, locked, onMove, onHandleKey, picked, labelledBy, describedBy }: ListProps) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 6 } }),
  );
  const ids = steps.map((s) => s.id);
  const label = (id: UniqueIdentifier) => steps.find((s) => s.id === id)?.label ?? String(id);
  const position = (id: UniqueIdentifier | undefined) => (id === undefined ? 0 : ids.indexOf(String(id)) + 1);
  const total = steps.length;
  // dnd-kit reports the picked-up step as over itself at once; that is not a move, and saying so
  // would drown the "picked up" announcement.
  const moved = useRef(false);

  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      moved.current = false;
      return t("order.pickedUp", { label: label(active.id), position: position(active.id), total });
    },
    onDragOver: ({ active, over }) => {
      if (!over || (over.id === active.id && !moved.current)) return undefined;
      moved.current = true;
      return t("order.moved", { label: label(active.id), position: position(over.id), total });
    },
    onDragEnd: ({ active, over }) => t("order.dropped", { label: label(active.id), position: position(over?.id ?? active.id), total }),
    onDragCancel: ({ active }) => t("order.cancelled", { label: label(active.id), position: position(active.id), total }),
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onMove(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)), true);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t("order.instructions") } }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy} disabled={locked}>
        <StepsFrame labelledBy={labelledBy} describedBy={describedBy}>
          {steps.map((step, i) => (
            <SortableStep key={step.id} step={step} index={i} total={total} locked={locked} picked={picked === step.id} onMove={onMove} onHandleKey={onHandleKey} />
          ))}
        </StepsFrame>
      </SortableContext>
    </DndContext>
  );
}

function SortableStep(props: Omit<ItemProps, "sortable">) {
  const { listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: props.step.id });
  // Pointer and touch only: the keyboard is the exercise's own, so dnd-kit's key listener stays off the handle.
  const { onKeyDown: _keys, ...pointer } = listeners ?? {};
  return (
    <StepItem
      {...props}
      sortable={{
        ref: setNodeRef,
        style: { transform: CSS.Translate.toString(transform), transition },
        handle: { ...pointer, ref: setActivatorNodeRef } as React.HTMLAttributes<HTMLButtonElement>,
        dragging: isDragging,
      }}
    />
  );
}
