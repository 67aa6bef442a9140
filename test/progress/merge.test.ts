import { describe, expect, it } from "vitest";
import { mergeProgress } from "../../src/progress/merge";
import { emptyProgress, readSaved } from "../../src/progress/saved";
import { bringsNews } from "../../src/progress/tabs";

const answer = (at: number, correct: boolean) => ({
  kind: "single" as const,
  fingerprint: "a+",
  first: { response: ["a"], correct, score: 1, at },
  latest: { response: ["a"], correct, score: 1, at },
  attempts: 1,
  rightAt: correct ? at : null,
  revealedAt: null,
  retrying: false,
  updatedAt: at,
});

/** The same answer as format 3 wrote it, before attempts were counted and reveals recorded. */
const answerV3 = (at: number, correct: boolean) => {
  const { attempts: _a, rightAt: _r, revealedAt: _v, retrying: _t, ...rest } = answer(at, correct);
  return { ...rest, solutionShown: false };
};

describe("merging progress", () => {
  it("keeps every exercise, and the newer record where both have one", () => {
    const here = { ...emptyProgress(), answers: { one: answer(10, false), two: answer(10, true) } };
    const there = { ...emptyProgress(), answers: { one: answer(20, true), three: answer(5, true) } };
    const merged = mergeProgress(here, there);
    expect(Object.keys(merged.answers).sort()).toEqual(["one", "three", "two"]);
    expect(merged.answers.one?.latest.correct).toBe(true);
    expect(bringsNews(here, there)).toBe(true);
    expect(bringsNews(merged, there)).toBe(false);
    expect(bringsNews(merged, here)).toBe(false);
  });
});

describe("older saved formats", () => {
  it("format 1 (before preferences) is brought forward with default preferences, answers kept", () => {
    const v1 = JSON.stringify({ version: 1, state: { answers: { one: answerV3(10, true) }, orderDrafts: {}, recall: {} } });
    const read = readSaved(v1);
    expect(read).toMatchObject({ ok: true, migratedFrom: 1 });
    expect(read.ok && read.progress.answers.one).toEqual(answer(10, true));
    expect(read.ok && read.progress.preferences.shortcuts.keys.next).toBe("j");
    expect(read.ok && read.progress.reviews).toEqual({});
  });

  it("format 2 (before reviews) is brought forward with no review attempts, preferences kept", () => {
    const prefs = { ...emptyProgress().preferences, tier: "senior" as const, updatedAt: 5 };
    const v2 = JSON.stringify({ version: 2, state: { preferences: prefs, answers: {}, orderDrafts: {}, recall: {} } });
    expect(readSaved(v2)).toEqual({ ok: true, progress: { ...emptyProgress(), preferences: prefs }, migratedFrom: 2 });
  });
});

describe("format 3 to format 4", () => {
  const v3Answer = (over: Record<string, unknown>) => ({
    kind: "order",
    fingerprint: "a>b>c",
    first: { response: ["b", "a", "c"], correct: false, score: 1, at: 10 },
    latest: { response: ["a", "b", "c"], correct: true, score: 3, at: 20 },
    solutionShown: false,
    updatedAt: 20,
    ...over,
  });
  const card = { due: 5000, stability: 1, difficulty: 5, elapsed_days: 0, scheduled_days: 0, learning_steps: 1, reps: 1, lapses: 0, state: 1, last_review: 100 };

  it("reads every answer, draft and recall schedule back, and records how each answer was reached", () => {
    const v3 = {
      preferences: emptyProgress().preferences,
      reviews: {},
      answers: {
        retried: v3Answer({}),
        shown: v3Answer({ latest: { response: ["b", "a", "c"], correct: false, score: 1, at: 20 }, solutionShown: true, updatedAt: 30 }),
        once: v3Answer({ first: { response: ["a", "b", "c"], correct: true, score: 3, at: 10 }, latest: { response: ["a", "b", "c"], correct: true, score: 3, at: 10 }, updatedAt: 10 }),
      },
      orderDrafts: { "order-q": { order: ["c", "b", "a"], updatedAt: 3 } },
      recall: {
        graded: { draft: "Ready too early", revealed: true, checked: [0, 2], card, reviews: [{ at: 100, grade: "good" }], updatedAt: 100 },
        writing: { draft: "half an answer", revealed: false, checked: [], card: null, reviews: [], updatedAt: 50 },
      },
    };
    const read = readSaved(JSON.stringify({ version: 3, state: v3 }));
    expect(read).toMatchObject({ ok: true, migratedFrom: 3 });
    if (!read.ok) return;
    const { answers, recall, orderDrafts } = read.progress;
    expect(answers.retried).toMatchObject({ attempts: 2, rightAt: 20, revealedAt: null, retrying: false, first: v3.answers.retried.first, latest: v3.answers.retried.latest });
    expect(answers.shown).toMatchObject({ attempts: 2, rightAt: null, revealedAt: 30 });
    expect(answers.once).toMatchObject({ attempts: 1, rightAt: 10, revealedAt: null });
    expect(orderDrafts).toEqual(v3.orderDrafts);
    expect(recall.graded).toEqual({ draft: "", revealed: false, checked: [], card, reviews: [{ at: 100, grade: "good" }], lastAttempt: { text: "Ready too early", checked: [0, 2], grade: "good", at: 100 }, updatedAt: 100 });
    expect(recall.writing).toEqual({ ...v3.recall.writing, lastAttempt: null });
  });
});
