// What a page ships up front for each exercise: the question, without the answer key. The key
// (right answers, feedback, explanations) is a separate chunk, loaded once the page is interactive.
import { startingOrder } from "../exercises/order-steps/grade";
import type { Exercise } from "./exercises";
import { exerciseFingerprint } from "./fingerprint";

type Base = { id: string; fingerprint: string; tier: Exercise["tier"]; teaches?: Exercise["teaches"] };

export type Question =
  | (Base & { kind: "single" | "multiple"; prompt: string; options: { id: string; text: string }[] })
  | (Base & { kind: "best-fit"; scenario: string; approaches: { id: string; title: string }[] })
  | (Base & { kind: "order"; prompt: string; /** In the shuffled order the learner starts from. */ steps: { id: string; label: string; text: string }[] })
  | (Base & { kind: "recall"; prompt: string });

export function toQuestion(exercise: Exercise): Question {
  const base = { id: exercise.id, fingerprint: exerciseFingerprint(exercise), tier: exercise.tier, ...(exercise.teaches ? { teaches: exercise.teaches } : {}) };
  switch (exercise.kind) {
    case "single":
    case "multiple":
      return { ...base, kind: exercise.kind, prompt: exercise.prompt, options: exercise.options.map((o) => ({ id: o.id, text: o.text })) };
    case "best-fit":
      return { ...base, kind: "best-fit", scenario: exercise.scenario, approaches: exercise.approaches.map((a) => ({ id: a.id, title: a.title })) };
    case "order": {
      const start = startingOrder(exercise);
      const steps = start.map((id) => exercise.steps.find((s) => s.id === id)).filter((s) => s !== undefined);
      return { ...base, kind: "order", prompt: exercise.prompt, steps: steps.map((s) => ({ id: s.id, label: s.label, text: s.text })) };
    }
    case "recall":
      return { ...base, kind: "recall", prompt: exercise.prompt };
  }
}

/** What a compiled part of a piece exports. */
export type PieceModuleExports = {
  default: import("react").ComponentType<{ components?: Record<string, unknown> }>;
  questions: Question[];
  loadKey: () => Promise<{ default: Exercise[] }>;
};
