import { describe, expect, it } from "vitest";
import { mergeProgress } from "../../src/progress/merge";
import { emptyProgress, readSaved } from "../../src/progress/saved";
import { bringsNews } from "../../src/progress/tabs";

const answer = (at: number, correct: boolean) => ({
  kind: "single" as const,
  fingerprint: "a+",
  first: { response: ["a"], correct, score: 1, at },
  latest: { response: ["a"], correct, score: 1, at },
  solutionShown: false,
  updatedAt: at,
});

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
    const v1 = JSON.stringify({ version: 1, state: { answers: { one: answer(10, true) }, orderDrafts: {}, recall: {} } });
    const read = readSaved(v1);
    expect(read).toMatchObject({ ok: true, migratedFrom: 1 });
    expect(read.ok && read.progress.answers.one?.latest.correct).toBe(true);
    expect(read.ok && read.progress.preferences.shortcuts.keys.next).toBe("j");
    expect(read.ok && read.progress.reviews).toEqual({});
  });

  it("format 2 (before reviews) is brought forward with no review attempts, preferences kept", () => {
    const prefs = { ...emptyProgress().preferences, tier: "senior" as const, updatedAt: 5 };
    const v2 = JSON.stringify({ version: 2, state: { preferences: prefs, answers: {}, orderDrafts: {}, recall: {} } });
    expect(readSaved(v2)).toEqual({ ok: true, progress: { ...emptyProgress(), preferences: prefs }, migratedFrom: 2 });
  });
});
