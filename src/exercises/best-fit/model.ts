// Best fit: one approach is right for the scenario; the others are trade-offs that fit it less well.
import type { GradedKind, QuestionBase } from "../kind";
import type { BestFit } from "./content";

export type BestFitQuestion = QuestionBase & { kind: "best-fit"; scenario: string; approaches: { id: string; title: string }[] };

export const bestFitKind: GradedKind<BestFit, BestFitQuestion> = {
  lifecycle: "graded",
  question: (e) => ({
    id: e.id,
    fingerprint: bestFitKind.fingerprint(e),
    tier: e.tier,
    ...(e.teaches ? { teaches: e.teaches } : {}),
    kind: "best-fit",
    scenario: e.scenario,
    approaches: e.approaches.map((a) => ({ id: a.id, title: a.title })),
  }),
  fingerprint: (e) => e.approaches.map((a) => `${a.id}${a.best ? "+" : "-"}`).join(","),
  fits: (q, response) => response.length === 1 && q.approaches.some((a) => a.id === response[0]),
  grade: (e, response) => {
    const correct = response.length === 1 && e.approaches.some((a) => a.best && a.id === response[0]);
    return { correct, score: correct ? 1 : 0, total: 1 };
  },
  solution: (e) => e.approaches.filter((a) => a.best).map((a) => a.id),
  answerText: (e) => e.approaches.find((a) => a.best)?.title ?? "",
};
