// Renders a part of a piece (an exercise, the simulator) inside the lesson at a chosen altitude, with its
// questions and answer key, as the lesson page does.
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import type { PieceMeta, Tier } from "../src/course";
import { toQuestion, type Exercise } from "../src/exercises/kinds";
import { answerKeyOf } from "../src/lesson/answerKey";
import { LessonContext, type Lesson } from "../src/lesson/LessonContext";
import { hydrateProgress } from "../src/progress/hydration";
import { store } from "../src/progress/store";

const piece: PieceMeta = {
  track: "deployment-and-infra",
  slug: "capstone",
  title: "A piece",
  crux: "c",
  summary: "s",
  sources: [],
  sections: [],
  words: { junior: { prose: 0, code: 0 }, middle: { prose: 0, code: 0 }, senior: { prose: 0, code: 0 } },
  exercises: [],
  review: false,
  citations: { junior: [], middle: [], senior: [] },
};

export function lessonAt(tier: Tier, exercises: Exercise[] = []): Lesson {
  return {
    piece: { track: piece.track, slug: piece.slug, title: piece.title },
    tier,
    hrefAt: (at, id) => `/${piece.track}/${piece.slug}/${at}${id ? `#${id}` : ""}`,
    questions: new Map(exercises.map((e) => [e.id, toQuestion(e)])),
    answers: answerKeyOf(exercises),
  };
}

export function renderInPiece(ui: ReactNode, { tier = "junior", exercises = [] }: { tier?: Tier; exercises?: Exercise[] } = {}) {
  hydrateProgress();
  store.setState({ answers: {}, orderDrafts: {}, recall: {}, reviews: {}, notices: [] });
  return render(<LessonContext.Provider value={lessonAt(tier, exercises)}>{ui}</LessonContext.Provider>);
}
