// The names of the exercise kinds, and which of them the app grades: the one list every other part reads
// (the registry in kinds.ts, the content contract, the saved-state format), without their code.
export const exerciseKinds = ["single", "multiple", "best-fit", "order", "recall"] as const;
export type ExerciseKind = (typeof exerciseKinds)[number];

/** The kinds a learner checks (and retries); the others they grade themselves. */
export const gradedKinds = ["single", "multiple", "best-fit", "order"] as const satisfies readonly ExerciseKind[];
export type GradedKind = (typeof gradedKinds)[number];
