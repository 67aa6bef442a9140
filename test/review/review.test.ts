import { describe, expect, it } from "vitest";
import type { ChoiceExercise } from "../../src/exercises/kinds";
import type { ReviewAttempt } from "../../src/progress/saved";
import { allAnswered, currentQuestion, misconceptionGroups, missed, optionOrder, score, startAttempt, suggestAltitude } from "../../src/review/review";

function answer(attempt: ReviewAttempt, id: string, chosen: string[], correct: boolean, now: number): ReviewAttempt {
  return { ...attempt, answers: { ...attempt.answers, [id]: { chosen, correct } }, updatedAt: now };
}

const q = (id: string, belief: string): ChoiceExercise => ({
  id,
  kind: "single",
  tier: "junior",
  prompt: id,
  explanation: "e",
  options: [
    { id: "right", text: "r", correct: true, feedback: "f" },
    { id: "wrong", text: "w", correct: false, feedback: "f", misconception: belief },
  ],
});

describe("a review attempt", () => {
  const ids = ["a", "b", "c", "d", "e", "f"];

  it("orders questions and options from its seed: the same seed, the same order", () => {
    const one = startAttempt(ids, 42, 0);
    expect(startAttempt(ids, 42, 0).questionIds).toEqual(one.questionIds);
    expect([...one.questionIds].sort()).toEqual(ids);
    expect(startAttempt(ids, 7, 0).questionIds).not.toEqual(one.questionIds);
    const options = [{ id: "x" }, { id: "y" }, { id: "z" }];
    expect(optionOrder("a", options, 42)).toEqual(optionOrder("a", options, 42));
  });

  it("keeps score, has a result once every question is answered, and lists what was missed", () => {
    let attempt = startAttempt(["a", "b", "c"], 1, 0);
    for (const [i, id] of attempt.questionIds.entries()) {
      expect(currentQuestion(attempt)).toBe(id);
      attempt = answer(attempt, id, [i === 0 ? "right" : "wrong"], i === 0, 10 + i);
    }
    expect(score(attempt)).toEqual({ right: 1, answered: 3, total: 3 });
    expect(allAnswered(attempt)).toBe(true);
    expect(currentQuestion(attempt)).toBeNull();
    expect(missed(attempt)).toEqual(attempt.questionIds.slice(1));
  });

  it("groups wrong answers by the misconception they stand for, most frequent first", () => {
    const key = new Map([q("a", "readiness is liveness"), q("b", "readiness is liveness"), q("c", "a tag is as good as a digest")].map((e) => [e.id, e]));
    let attempt = startAttempt(["a", "b", "c"], 3, 0);
    for (const id of ["a", "b", "c"]) attempt = answer(attempt, id, ["wrong"], false, 1);
    expect(misconceptionGroups(attempt, key).map((g) => ({ ...g, questionIds: [...g.questionIds].sort() }))).toEqual([
      { misconception: "readiness is liveness", questionIds: ["a", "b"] },
      { misconception: "a tag is as good as a digest", questionIds: ["c"] },
    ]);
  });

  it("suggests climbing at nine in ten right, and the altitude below under half", () => {
    expect(suggestAltitude("junior", 11, 12)).toEqual({ direction: "up", tier: "middle" });
    expect(suggestAltitude("senior", 12, 12)).toBeNull();
    expect(suggestAltitude("middle", 5, 12)).toEqual({ direction: "down", tier: "junior" });
    expect(suggestAltitude("junior", 0, 12)).toBeNull();
    expect(suggestAltitude("middle", 8, 12)).toBeNull();
  });
});
