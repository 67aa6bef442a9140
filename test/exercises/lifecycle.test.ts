// One answer lifecycle for every kind, through the registry: attempt, retry, reveal, and how the answer was
// reached; and what each kind ships with the text, which never gives its answer away.
import { describe, expect, it } from "vitest";
import { contentKinds } from "../../src/exercises/content";
import { exerciseKinds, gradedKind, isGraded, kinds, toQuestion, type Exercise, type GradedExercise } from "../../src/exercises/kinds";
import { attemptsText, phaseOf } from "../../src/exercises/lifecycle";
import { isDue } from "../../src/exercises/due";
import { schedule } from "../../src/exercises/recall/schedule";
import { outcomeOf } from "../../src/progress/summary";
import { exerciseProgress } from "../../src/progress/exercises";
import { createProgressStore } from "../../src/progress/store";
import { MemoryStorage } from "../memoryStorage";

const option = (id: string, correct = false) => ({ id, text: `option ${id}`, correct, feedback: `why ${id}`, ...(correct ? {} : { misconception: `belief ${id}` }) });

/** One exercise of each graded kind, with a response that is wrong and one that is right. */
const graded: { exercise: GradedExercise; wrong: string[]; right: string[] }[] = [
  { exercise: { id: "single-q", kind: "single", tier: "junior", prompt: "?", explanation: "because", options: [option("a"), option("b", true), option("c")] }, wrong: ["a"], right: ["b"] },
  { exercise: { id: "multiple-q", kind: "multiple", tier: "junior", prompt: "?", explanation: "because", options: [option("a", true), option("b", true), option("c")] }, wrong: ["a"], right: ["a", "b"] },
  {
    exercise: {
      id: "best-fit-q",
      kind: "best-fit",
      tier: "junior",
      scenario: "s",
      why: "it fits",
      approaches: [
        { id: "rename", title: "Rename", best: false, cost: "c1", payoff: "p1" },
        { id: "expand", title: "Expand", best: true, cost: "c2", payoff: "p2" },
      ],
    },
    wrong: ["rename"],
    right: ["expand"],
  },
  {
    exercise: { id: "order-q", kind: "order", tier: "junior", prompt: "Order", rule: "a rule", steps: ["one", "two", "three", "four"].map((id) => ({ id, label: id, text: id })) },
    wrong: ["two", "one", "three", "four"],
    right: ["one", "two", "three", "four"],
  },
];

async function freshStore() {
  const store = createProgressStore(() => new MemoryStorage());
  await store.persist.rehydrate();
  return { getState: () => ({ ...store.getState(), ...exerciseProgress(store) }) };
}

describe("the exercise registry", () => {
  it("has a model and a content contract for every kind", () => {
    for (const kind of exerciseKinds) {
      expect(kinds[kind]).toBeDefined();
      expect(contentKinds[kind].schema).toBeDefined();
    }
    expect(graded.map((g) => g.exercise.kind).sort()).toEqual(exerciseKinds.filter((k) => kinds[k].lifecycle === "graded").sort());
  });

  it("ships a question without anything that tells the answer", () => {
    for (const { exercise, right } of graded) {
      const shipped = JSON.stringify(toQuestion(exercise));
      for (const secret of ['"correct"', '"best"', '"feedback"', '"misconception"', '"explanation"', '"why"', '"rule"', '"cost"', '"payoff"', "because", "it fits", "a rule"]) expect(shipped).not.toContain(secret);
      if (exercise.kind === "order") expect(JSON.parse(shipped).steps.map((s: { id: string }) => s.id)).not.toEqual(right);
    }
    const recall: Exercise = { id: "r", kind: "recall", tier: "junior", prompt: "Explain", keyPoints: ["the point"] };
    expect(JSON.stringify(toQuestion(recall))).not.toContain("the point");
  });
});

describe.each(graded)("the lifecycle of a $exercise.kind exercise", ({ exercise, wrong, right }) => {
  it("is wrong, then answering again with the choice cleared, then right after a retry", async () => {
    const store = await freshStore();
    expect(isGraded(exercise)).toBe(true);
    expect(phaseOf(null)).toBe("answering");

    expect(await store.getState().answer(exercise, wrong, 1000)).toMatchObject({ correct: false });
    let record = store.getState().answers[exercise.id]!;
    expect(phaseOf(record)).toBe("wrong");
    expect(record).toMatchObject({ attempts: 1, rightAt: null, revealedAt: null, retrying: false, first: { response: wrong, correct: false } });
    expect(outcomeOf(record)).toBe("not-yet");

    store.getState().retry(exercise.id, 1500);
    record = store.getState().answers[exercise.id]!;
    expect(phaseOf(record)).toBe("answering");
    expect(record.latest.response).toEqual(wrong);

    expect(await store.getState().answer(exercise, right, 2000)).toMatchObject({ correct: true });
    record = store.getState().answers[exercise.id]!;
    expect(phaseOf(record)).toBe("right");
    expect(record).toMatchObject({ attempts: 2, rightAt: 2000, first: { correct: false }, latest: { correct: true, response: right } });
    expect(outcomeOf(record)).toBe("after-retries");
  });

  it("records a first-try answer as such", async () => {
    const store = await freshStore();
    await store.getState().answer(exercise, right, 1000);
    const record = store.getState().answers[exercise.id]!;
    expect(phaseOf(record)).toBe("right");
    expect(outcomeOf(record)).toBe("first-try");
  });

  it("shows the answer only on request, and remembers it was shown even when the next attempt is right", async () => {
    const store = await freshStore();
    await store.getState().answer(exercise, wrong, 1000);
    await store.getState().reveal(exercise, 1200);
    let record = store.getState().answers[exercise.id]!;
    expect(phaseOf(record)).toBe("revealed");
    expect(attemptsText(record)).toBe("Answer shown after one attempt.");
    expect(gradedKind(exercise).grade(exercise, gradedKind(exercise).solution(exercise)).correct).toBe(true);

    store.getState().retry(exercise.id, 1300);
    expect(phaseOf(store.getState().answers[exercise.id]!)).toBe("answering");
    await store.getState().answer(exercise, right, 1400);
    record = store.getState().answers[exercise.id]!;
    expect(phaseOf(record)).toBe("right");
    expect(outcomeOf(record)).toBe("revealed");
  });

  it("grades what the store is given, not what a view claims", async () => {
    const store = await freshStore();
    const verdict = await store.getState().answer(exercise, ["not-an-option"], 1000);
    expect(verdict.correct).toBe(false);
    expect(store.getState().answers[exercise.id]?.latest.correct).toBe(false);
  });
});

describe("the recall lifecycle", () => {
  it("keeps the graded attempt apart, and comes back blank with its key points hidden once due", async () => {
    const store = await freshStore();
    const id = "recall-readiness";
    const at = Date.UTC(2026, 11, 1, 9);
    store.getState().setRecallDraft(id, "Ready too early", at);
    store.getState().revealRecall(id, true, at);
    store.getState().toggleKeyPoint(id, 0, at);
    const card = schedule(null, "again", at);
    store.getState().gradeRecall(id, "again", card, at + 1);
    const record = store.getState().recall[id]!;
    expect(record).toMatchObject({ draft: "", revealed: false, checked: [], lastAttempt: { text: "Ready too early", checked: [0], grade: "again", at: at + 1 } });
    expect(isDue(record, at + 2)).toBe(false);
    expect(isDue(record, card.due + 1)).toBe(true);
  });
});
