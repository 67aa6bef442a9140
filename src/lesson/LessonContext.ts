// What the parts of the app inside a piece's text need to know: the piece and the altitude being read,
// its exercises' questions and where their answer key comes from. One value per piece at one altitude.
import { createContext, useContext } from "react";
import type { Tier } from "../course/tiers";
import type { Exercise, Question } from "../exercises/kinds";
import type { AnswerKeySource } from "./answerKey";
import { useAnswerKey } from "./answerKey";

export type Lesson = {
  piece: { track: string; slug: string; title: string };
  tier: Tier;
  hrefAt: (tier: Tier, sectionId?: string) => string;
  questions: ReadonlyMap<string, Question>;
  /** The answer key, fetched when an exercise first needs it; read it with `useAnswerKey`. */
  answers: AnswerKeySource;
};

export const LessonContext = createContext<Lesson | null>(null);

export function useLesson(): Lesson {
  const lesson = useContext(LessonContext);
  if (!lesson) throw new Error("A piece component was rendered outside a piece.");
  return lesson;
}

/** The question an MDX tag names, narrowed to the kinds that tag renders. */
export function useQuestion<K extends Question["kind"]>(id: string, kinds: readonly K[]): Extract<Question, { kind: K }> {
  const question = useLesson().questions.get(id);
  if (!question || !(kinds as readonly string[]).includes(question.kind)) throw new Error(`No exercise ${id} of kind ${kinds.join("/")}`);
  return question as Extract<Question, { kind: K }>;
}

/** The whole exercise with its answers, once the key has loaded. */
export function useAnswer<K extends Exercise["kind"]>(id: string, kinds: readonly K[]): Extract<Exercise, { kind: K }> | null {
  const exercise = useAnswerKey(useLesson().answers)?.get(id);
  if (!exercise || !(kinds as readonly string[]).includes(exercise.kind)) return null;
  return exercise as Extract<Exercise, { kind: K }>;
}

/** Fetches the key if need be, then hands back the whole exercise. */
export async function exerciseWithKey<K extends Exercise["kind"]>(lesson: Lesson, id: string, kinds: readonly K[]): Promise<Extract<Exercise, { kind: K }>> {
  const exercise = (await lesson.answers.load()).get(id);
  if (!exercise || !(kinds as readonly string[]).includes(exercise.kind)) throw new Error(`No answer key for ${id}`);
  return exercise as Extract<Exercise, { kind: K }>;
}
