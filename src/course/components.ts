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
  /** Part of the app (an exercise, the simulator), not prose: it stands at the top level of the piece. */
  interactive?: boolean;
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
  Review: { attributes: {}, required: [], children: false, interactive: true },
  Quiz: { attributes: { id: { kind: "exercise", exerciseKinds: ["single", "multiple"] } }, required: ["id"], children: false, interactive: true },
  BestFit: { attributes: { id: { kind: "exercise", exerciseKinds: ["best-fit"] } }, required: ["id"], children: false, interactive: true },
  OrderSteps: { attributes: { id: { kind: "exercise", exerciseKinds: ["order"] } }, required: ["id"], children: false, interactive: true },
  Recall: { attributes: { id: { kind: "exercise", exerciseKinds: ["recall"] } }, required: ["id"], children: false, interactive: true },
  Simulator: {
    attributes: { scenario: { kind: "scenario" }, predict: { kind: "exercise", exerciseKinds: ["single"] }, settings: { kind: "text" } },
    required: ["scenario"],
    /** A line on what to watch or try, shown above the player from the first paint. */
    children: true,
    interactive: true,
  },
} as const satisfies Record<string, ComponentSpec>;

export type ComponentName = keyof typeof componentSpecs;
export const componentNames = Object.keys(componentSpecs) as ComponentName[];

/** The tags that are parts of the app in the page: exercises and simulators. */
export type IslandName = { [K in ComponentName]: (typeof componentSpecs)[K] extends { interactive: true } ? K : never }[ComponentName];
export const islandNames = componentNames.filter((n) => (componentSpecs[n] as ComponentSpec).interactive) as IslandName[];
