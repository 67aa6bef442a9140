import type { ExerciseKind } from "../exercises/kindNames";

// Every tag an author may use in a piece, with the attributes it takes. The lesson's registry
// maps each name to one component, and the checker refuses any tag that is not listed here.
export type AttributeRule =
  | { kind: "tier" }
  | { kind: "source" }
  | { kind: "exercise"; exerciseKinds: readonly ExerciseKind[] }
  | { kind: "scenario" }
  | { kind: "enum"; values: readonly string[] }
  | { kind: "text" };

export type ComponentSpec = {
  attributes: Record<string, AttributeRule>;
  required: readonly string[];
  /** Exactly one of these attributes must be present. */
  oneOf?: readonly string[];
  children: boolean;
};

export const componentSpecs = {
  Tier: { attributes: { from: { kind: "tier" }, only: { kind: "tier" } }, required: [], oneOf: ["from", "only"], children: true },
  Callout: {
    attributes: { kind: { kind: "enum", values: ["why", "pitfall", "note"] }, title: { kind: "text" } },
    required: ["kind", "title"],
    children: true,
  },
  Cite: { attributes: { id: { kind: "source" } }, required: ["id"], children: false },
  Recap: { attributes: {}, required: [], children: true },
  /** The piece's multiple-choice questions at the learner's altitude, as a scored review. */
  Review: { attributes: {}, required: [], children: false },
  Quiz: { attributes: { id: { kind: "exercise", exerciseKinds: ["single", "multiple"] } }, required: ["id"], children: false },
  BestFit: { attributes: { id: { kind: "exercise", exerciseKinds: ["best-fit"] } }, required: ["id"], children: false },
  OrderSteps: { attributes: { id: { kind: "exercise", exerciseKinds: ["order"] } }, required: ["id"], children: false },
  Recall: { attributes: { id: { kind: "exercise", exerciseKinds: ["recall"] } }, required: ["id"], children: false },
  Simulator: {
    attributes: { scenario: { kind: "scenario" }, predict: { kind: "exercise", exerciseKinds: ["single"] }, settings: { kind: "text" } },
    required: ["scenario"],
    /** A line on what to watch or try, shown above the player from the first paint. */
    children: true,
  },
} as const satisfies Record<string, ComponentSpec>;

export type ComponentName = keyof typeof componentSpecs;
export const componentNames = Object.keys(componentSpecs) as ComponentName[];
