// Renders exercises inside a piece, with its questions and answer key, as the lesson page does.
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import type { PieceMeta } from "../../src/course";
import type { Exercise } from "../../src/course/exercises";
import { toQuestion } from "../../src/course/questions";
import { LessonContext, type Lesson } from "../../src/lesson/LessonContext";
import { hydrateProgress } from "../../src/progress/hydration";
import { store } from "../../src/progress/store";

const piece: PieceMeta = {
  track: "t",
  slug: "p",
  title: "A piece",
  crux: "c",
  summary: "s",
  sources: [],
  sections: [],
  words: { junior: { prose: 0, code: 0 }, middle: { prose: 0, code: 0 }, senior: { prose: 0, code: 0 } },
  exercises: [],
};

export function renderExercise(exercises: Exercise[], ui: ReactNode) {
  hydrateProgress();
  store.setState({ answers: {}, orderDrafts: {}, recall: {}, retrying: {}, notices: [] });
  const key = new Map(exercises.map((e) => [e.id, e]));
  const lesson: Lesson = {
    piece,
    tier: "junior",
    hrefAt: () => "/",
    questions: new Map(exercises.map((e) => [e.id, toQuestion(e)])),
    answerKey: key,
    loadAnswerKey: () => Promise.resolve(key),
  };
  return render(<LessonContext.Provider value={lesson}>{ui}</LessonContext.Provider>);
}
