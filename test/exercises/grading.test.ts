import { describe, expect, it } from "vitest";
import { bestFitKind } from "../../src/exercises/best-fit/model";
import { gradeChoice } from "../../src/exercises/choice/model";
import type { BestFit, MultipleChoice, OrderSteps, SingleChoice } from "../../src/exercises/kinds";
import { gradeOrder, moveStep, startingOrder } from "../../src/exercises/order-steps/model";
import { shuffleNeverSolved } from "../../src/exercises/shuffle";
import { schedule } from "../../src/exercises/recall/schedule";

const option = (id: string, correct = false) => ({ id, text: id, correct, feedback: `why ${id}`, misconception: correct ? undefined : `belief ${id}` });
const single: SingleChoice = { id: "q", kind: "single", tier: "junior", prompt: "?", explanation: "because", options: [option("a"), option("b", true), option("c")] };
const multiple: MultipleChoice = { ...single, kind: "multiple", options: [option("a", true), option("b", true), option("c")] };
const order: OrderSteps = {
  id: "safe-column-rename",
  kind: "order",
  tier: "junior",
  prompt: "Order",
  rule: "rollback-safe",
  steps: ["expand", "dual-write", "verify", "contract", "clean-up"].map((id) => ({ id, label: id, text: id })),
};

describe("grading a multiple-choice question", () => {
  it("is right only with the right option, and judges every option", () => {
    expect(gradeChoice(single, ["b"]).correct).toBe(true);
    const wrong = gradeChoice(single, ["a"]);
    expect(wrong).toMatchObject({ correct: false, score: 1 });
    expect(wrong.options.map((o) => [o.id, o.chosen, o.judgedWell])).toEqual([
      ["a", true, false],
      ["b", false, false],
      ["c", false, true],
    ]);
  });

  it("needs every right option and no wrong one when several apply", () => {
    expect(gradeChoice(multiple, ["a", "b"]).correct).toBe(true);
    expect(gradeChoice(multiple, ["a"]).correct).toBe(false);
    expect(gradeChoice(multiple, ["a", "b", "c"]).correct).toBe(false);
    expect(gradeChoice(multiple, ["a", "b", "zzz"]).correct).toBe(false);
    expect(gradeChoice(multiple, []).correct).toBe(false);
  });
});

describe("best fit", () => {
  const bestFit: BestFit = {
    id: "b",
    kind: "best-fit",
    tier: "junior",
    scenario: "s",
    why: "w",
    approaches: [
      { id: "rename", title: "t", best: false, cost: "c", payoff: "p" },
      { id: "expand-contract", title: "t", best: true, cost: "c", payoff: "p" },
    ],
  };
  it("is right only for the best approach", () => {
    expect(bestFitKind.grade(bestFit, ["expand-contract"])).toEqual({ correct: true, score: 1, total: 1 });
    expect(bestFitKind.grade(bestFit, ["rename"]).correct).toBe(false);
    expect(bestFitKind.grade(bestFit, ["expand-contract", "rename"]).correct).toBe(false);
  });
});

describe("ordering steps", () => {
  it("never starts solved, and starts the same way every time", () => {
    expect(startingOrder(order)).not.toEqual(order.steps.map((s) => s.id));
    expect(startingOrder(order)).toEqual(startingOrder(order));
    expect([...startingOrder(order)].sort()).toEqual(order.steps.map((s) => s.id).sort());
    for (let seed = 0; seed < 500; seed++) expect(shuffleNeverSolved(["a", "b", "c"], seed)).not.toEqual(["a", "b", "c"]);
  });

  it("marks each step in place and counts them", () => {
    const ids = order.steps.map((s) => s.id);
    expect(gradeOrder(order, ids)).toEqual({ correct: true, score: 5, total: 5, inPlace: [true, true, true, true, true] });
    const swapped = moveStep(ids, 1, 3);
    expect(swapped).toEqual(["expand", "verify", "contract", "dual-write", "clean-up"]);
    expect(gradeOrder(order, swapped)).toEqual({ correct: false, score: 2, total: 5, inPlace: [true, false, false, false, true] });
  });

  it("ignores moves out of range", () => {
    expect(moveStep(["a", "b"], 0, 5)).toEqual(["a", "b"]);
  });
});

describe("scheduling recall with FSRS", () => {
  const now = Date.UTC(2026, 10, 26, 9);
  it("brings a forgotten prompt back sooner than an easy one", () => {
    const again = schedule(null, "again", now);
    const easy = schedule(null, "easy", now);
    expect(again.due).toBeGreaterThan(now);
    expect(easy.due - now).toBeGreaterThan(again.due - now);
    expect(easy.due - now).toBeGreaterThanOrEqual(24 * 3600 * 1000);
    expect(easy.reps).toBe(1);
  });

  it("spaces reviews further apart as the learner keeps recalling well", () => {
    const first = schedule(null, "good", now);
    const second = schedule(first, "good", first.due);
    const third = schedule(second, "good", second.due);
    expect(third.due - second.due).toBeGreaterThan(second.due - first.due);
    expect(third.reps).toBe(3);
  });
});
