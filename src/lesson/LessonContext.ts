// What components inside a piece's text need to know: the altitude being read and the piece's sources.
import { createContext, useContext } from "react";
import type { PieceMeta, Tier } from "../course";

export type Lesson = { piece: PieceMeta; tier: Tier; hrefAt: (tier: Tier, sectionId?: string) => string };

export const LessonContext = createContext<Lesson | null>(null);

export function useLesson(): Lesson {
  const lesson = useContext(LessonContext);
  if (!lesson) throw new Error("A piece component was rendered outside a piece.");
  return lesson;
}
