import type { BestFit } from "../../course/exercises";

export function gradeBestFit(exercise: BestFit, chosen: string): { correct: boolean; best: string } {
  const best = exercise.approaches.find((a) => a.best)?.id ?? "";
  return { correct: chosen === best, best };
}
