import { MemoryStorage } from "../memoryStorage";
import { describe, expect, it } from "vitest";
import type { SingleChoice } from "../../src/exercises/kinds";
import { backupPrefix, progressKey } from "../../src/progress/storage";
import { exerciseProgress } from "../../src/progress/exercises";
import { createProgressStore } from "../../src/progress/store";
import { toQuestion } from "../../src/exercises/kinds";


const quiz: SingleChoice = {
  id: "rolling-update-502",
  kind: "single",
  tier: "junior",
  prompt: "?",
  explanation: "e",
  options: [
    { id: "no-probe", text: "t", correct: true, feedback: "f" },
    { id: "bad-image", text: "t", correct: false, feedback: "f", misconception: "m" },
  ],
};

describe("the learner's store", () => {
  it("keeps the first attempt and the latest, and saves them", async () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(() => storage);
    await store.persist.rehydrate();
    await exerciseProgress(store).answer(quiz, ["bad-image"], 1000);
    await exerciseProgress(store).answer(quiz, ["no-probe"], 2000);
    const saved = store.getState().answers["rolling-update-502"];
    expect(saved?.first).toMatchObject({ response: ["bad-image"], correct: false });
    expect(saved?.latest).toMatchObject({ response: ["no-probe"], correct: true });

    const again = createProgressStore(() => storage);
    await again.persist.rehydrate();
    expect(again.getState().answers["rolling-update-502"]?.latest.correct).toBe(true);
  });

  it("drops only the answer of an exercise whose options changed", async () => {
    const store = createProgressStore(() => new MemoryStorage());
    await store.persist.rehydrate();
    await exerciseProgress(store).answer(quiz, ["no-probe"], 1);
    await exerciseProgress(store).answer({ ...quiz, id: "other" }, ["no-probe"], 1);
    exerciseProgress(store).dropStale([toQuestion({ ...quiz, explanation: "edited" }), toQuestion({ ...quiz, id: "other", options: [...quiz.options, { id: "new", text: "t", correct: false, feedback: "f", misconception: "m" }] })]);
    expect(Object.keys(store.getState().answers)).toEqual(["rolling-update-502"]);
  });

  it("sets unreadable saved bytes aside under a backup key, starts clean and says so", async () => {
    const storage = new MemoryStorage();
    storage.data.set(progressKey, "{broken");
    const store = createProgressStore(() => storage);
    await store.persist.rehydrate();
    expect(store.getState().answers).toEqual({});
    const backups = [...storage.data.entries()].filter(([k]) => k.startsWith(backupPrefix));
    expect(backups.map(([, v]) => v)).toEqual(["{broken"]);
    expect(store.getState().notices).toMatchObject([{ kind: "saved-unreadable", detail: expect.stringContaining("not valid JSON") }]);
  });

  it("keeps working for the visit when storage is full or throws, and says so once", async () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(() => storage);
    await store.persist.rehydrate();
    storage.failWrites = "quota";
    await exerciseProgress(store).answer(quiz, ["no-probe"], 1);
    await exerciseProgress(store).answer(quiz, ["bad-image"], 2);
    expect(store.getState().answers["rolling-update-502"]?.latest.correct).toBe(false);
    expect(store.getState().notices.map((n) => n.kind)).toEqual(["storage-full"]);

    const absent = createProgressStore(() => {
      throw new Error("no storage here");
    });
    await absent.persist.rehydrate();
    await exerciseProgress(absent).answer(quiz, ["no-probe"], 1);
    expect(absent.getState().answers["rolling-update-502"]?.latest.correct).toBe(true);
    expect(absent.getState().notices.map((n) => n.kind)).toEqual(["storage-unavailable"]);
  });
});

describe("reading saved progress after the learner has begun", () => {
  it("keeps an answer given before saved progress was read, beside what was saved", async () => {
    const storage = new MemoryStorage();
    const earlier = createProgressStore(() => storage);
    await earlier.persist.rehydrate();
    await exerciseProgress(earlier).answer({ ...quiz, id: "saved-before" }, ["no-probe"], 1);

    const store = createProgressStore(() => storage);
    // Not read yet: the answer comes first.
    await exerciseProgress(store).answer(quiz, ["bad-image"], 5);
    await store.persist.rehydrate();
    expect(Object.keys(store.getState().answers).sort()).toEqual(["rolling-update-502", "saved-before"]);
  });
});
