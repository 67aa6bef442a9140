// What components inside a piece's text need to know: the altitude being read, the piece's sources
// and its exercises.
import { createContext, useContext } from "react";
import type { PieceMeta, Tier } from "../course";
import type { Exercise } from "../course/exercises";

export type Lesson = {
  piece: PieceMeta;
  tier: Tier;
  hrefAt: (tier: Tier, sectionId?: string) => string;
  exercises: ReadonlyMap<string, Exercise>;
};

export const LessonContext = createContext<Lesson | null>(null);

export function useLesson(): Lesson {
  const lesson = useContext(LessonContext);
  if (!lesson) throw new Error("A piece component was rendered outside a piece.");
  return lesson;
}

/** The exercise an MDX tag names, narrowed to the kinds that tag renders. */
export function useExercise<K extends Exercise["kind"]>(id: string, kinds: readonly K[]): Extract<Exercise, { kind: K }> {
  const exercise = useLesson().exercises.get(id);
  if (!exercise || !(kinds as readonly string[]).includes(exercise.kind)) throw new Error(`No exercise ${id} of kind ${kinds.join("/")}`);
  return exercise as Extract<Exercise, { kind: K }>;
}
