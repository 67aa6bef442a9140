import type { Exercise } from "./exercises";

/**
 * What a saved answer depends on: the options, approaches or steps and which are right. Editing an
 * explanation or feedback keeps saved answers; changing what can be chosen drops only this exercise's.
 */
export function exerciseFingerprint(exercise: Exercise): string {
  switch (exercise.kind) {
    case "single":
    case "multiple":
      return exercise.options.map((o) => `${o.id}${o.correct ? "+" : "-"}`).join(",");
    case "best-fit":
      return exercise.approaches.map((a) => `${a.id}${a.best ? "+" : "-"}`).join(",");
    case "order":
      return exercise.steps.map((s) => s.id).join(">");
    case "recall":
      return "recall";
  }
}

/** Whether two lists hold the same ids, in any order (a saved working order still fits its exercise). */
export function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}
