// Storage faults and tabs that disagree: whatever storage does, and whatever another tab writes, nothing the
// learner saved is lost, and the learner is told.
import { afterEach, describe, expect, it } from "vitest";
import type { SingleChoice } from "../../src/exercises/kinds";
import { listBackups, replaceProgress, restoreBackup } from "../../src/progress/backups";
import { exerciseProgress } from "../../src/progress/exercises";
import { mergeProgress } from "../../src/progress/merge";
import { emptyProgress, readSaved, type Progress } from "../../src/progress/saved";
import { writeSaved } from "../../src/progress/savedFormat";
import { backupPrefix, progressKey } from "../../src/progress/storage";
import { createProgressStore, snapshot } from "../../src/progress/store";
import { followOtherTabs } from "../../src/progress/tabs";
import { MemoryStorage } from "../memoryStorage";

const quiz = (id: string): SingleChoice => ({
  id,
  kind: "single",
  tier: "junior",
  prompt: "?",
  explanation: "e",
  options: [
    { id: "right", text: "t", correct: true, feedback: "f" },
    { id: "wrong", text: "t", correct: false, feedback: "f", misconception: "m" },
  ],
});

async function storeOn(storage: Storage) {
  const store = createProgressStore(() => storage);
  await store.persist.rehydrate();
  return store;
}

function savedAnswers(storage: MemoryStorage): string[] {
  const read = readSaved(storage.getItem(progressKey) ?? "");
  if (!read.ok) throw new Error(read.reason);
  return Object.keys(read.progress.answers).sort();
}

async function withThreeAnswers() {
  const storage = new MemoryStorage();
  const earlier = await storeOn(storage);
  for (const id of ["one", "two", "three"]) await exerciseProgress(earlier).answer(quiz(id), ["right"], 10);
  return storage;
}

const backupsIn = (storage: MemoryStorage) => [...storage.data].filter(([k]) => k.startsWith(backupPrefix)).map(([, v]) => v);

describe("storage that throws on reading", () => {
  it("never lets an answer replace the saved answers it could not read", async () => {
    const storage = await withThreeAnswers();
    const read = storage.getItem.bind(storage);
    let failing = true;
    storage.getItem = (k: string) => {
      if (failing) throw new Error("denied");
      return read(k);
    };
    const store = await storeOn(storage);
    await exerciseProgress(store).answer(quiz("four"), ["right"], 20);
    expect(store.getState().notices.map((n) => n.kind)).toContain("storage-unavailable");
    failing = false;
    expect(savedAnswers(storage)).toEqual(["one", "three", "two"]);
    // Once storage can be read again, the next write merges with what is there.
    await exerciseProgress(store).answer(quiz("five"), ["right"], 30);
    expect(savedAnswers(storage)).toEqual(["five", "four", "one", "three", "two"]);
  });
});

describe("every write reads what is stored first", () => {
  it("keeps what another tab saved since, without waiting for its storage event", async () => {
    const storage = new MemoryStorage();
    const mine = await storeOn(storage);
    const theirs = await storeOn(storage);
    await exerciseProgress(theirs).answer(quiz("theirs"), ["right"], 10);
    await exerciseProgress(mine).answer(quiz("mine"), ["right"], 11);
    expect(savedAnswers(storage)).toEqual(["mine", "theirs"]);
  });

  for (const [what, raw] of [
    ["a newer format", JSON.stringify({ version: 99, state: { answers: { x: 1 } } })],
    ["unreadable bytes", '{"version":4,"state":{"answers":'],
  ] as const) {
    it(`sets ${what} found in storage aside as a backup before writing, and says so`, async () => {
      const storage = new MemoryStorage();
      const store = await storeOn(storage);
      // Another tab (a newer version of the app, or a broken write) put these bytes there.
      storage.data.set(progressKey, raw);
      await exerciseProgress(store).answer(quiz("mine"), ["right"], 11);
      expect(backupsIn(storage)).toEqual([raw]);
      expect(store.getState().notices.map((n) => n.kind)).toContain("saved-set-aside");
      expect(savedAnswers(storage)).toEqual(["mine"]);
    });
  }

  it("writes nothing over bytes it can neither read nor set aside", async () => {
    const storage = new MemoryStorage();
    const store = await storeOn(storage);
    storage.data.set(progressKey, "{broken");
    // Full: the backup does not fit, though the progress itself would.
    const write = storage.setItem.bind(storage);
    storage.setItem = (k: string, v: string) => {
      if (k.startsWith(backupPrefix)) throw new DOMException("full", "QuotaExceededError");
      write(k, v);
    };
    await exerciseProgress(store).answer(quiz("mine"), ["right"], 11);
    expect(storage.data.get(progressKey)).toBe("{broken");
  });
});

describe("a write past the limits", () => {
  it("is refused before it is written, with a notice, and what was saved stays", async () => {
    const storage = await withThreeAnswers();
    const store = await storeOn(storage);
    const before = storage.getItem(progressKey);
    exerciseProgress(store).setRecallDraft("recall-readiness", "x".repeat(25_002), 20);
    expect(storage.getItem(progressKey)).toBe(before);
    const answers = { ...store.getState().answers };
    const record = answers.one;
    if (!record) throw new Error("no answer");
    for (let i = 0; i < 1200; i++) answers[`bulk-${i}`] = { ...record, fingerprint: "f".repeat(2000) };
    store.setState({ answers, recall: {} });
    expect(storage.getItem(progressKey)).toBe(before);
    expect(store.getState().notices.map((n) => n.kind)).toContain("not-saved");
    const again = await storeOn(storage);
    expect(Object.keys(again.getState().answers).sort()).toEqual(["one", "three", "two"]);
  });
});

describe("replacing progress", () => {
  const incoming = (): Progress => {
    const attempt = { response: ["right"], correct: true, score: 1, at: 5 };
    return { ...emptyProgress(), answers: { imported: { kind: "single", fingerprint: "f", first: attempt, latest: attempt, attempts: 1, rightAt: 5, revealedAt: null, retrying: false, updatedAt: 5 } } };
  };

  it("keeps what it replaced as a backup, says how much, and can be undone", async () => {
    const storage = await withThreeAnswers();
    const store = await storeOn(storage);
    expect(replaceProgress(store, incoming(), "replaced", storage, 100)).toBe(true);
    expect(savedAnswers(storage)).toEqual(["imported"]);
    const notice = store.getState().notices.find((n) => n.kind === "replaced");
    expect(notice?.detail).toBe("3 answers, 0 recall prompts");
    expect(listBackups(storage)).toMatchObject([{ holds: { answers: 3, recall: 0 } }]);
    // Undo: the backup comes back, and what it replaces is kept in turn.
    expect(restoreBackup(store, notice?.backup ?? "", storage)).toBe(true);
    expect(savedAnswers(storage)).toEqual(["one", "three", "two"]);
    expect(listBackups(storage).map((b) => b.holds)).toContainEqual({ answers: 1, recall: 0 });
  });

  it("is not undone by another open tab that still holds the old answers", async () => {
    const storage = await withThreeAnswers();
    const other = await storeOn(storage);
    const store = await storeOn(storage);
    replaceProgress(store, incoming(), "replaced", storage, 100);
    // The other tab answers a new question without having heard of the replacement.
    await exerciseProgress(other).answer(quiz("after"), ["right"], 200);
    expect(savedAnswers(storage)).toEqual(["after", "imported"]);
    await Promise.resolve();
    expect(Object.keys(other.getState().answers).sort()).toEqual(["after", "imported"]);
  });
});

describe("another tab's storage event", () => {
  const realWindow = globalThis.window;
  afterEach(() => {
    globalThis.window = realWindow;
  });

  it("brings a replacement in as it is, and an answer keyed `constructor` like any other", async () => {
    globalThis.window = new EventTarget() as unknown as Window & typeof globalThis;
    const storage = await withThreeAnswers();
    const store = await storeOn(storage);
    const stop = followOtherTabs(store);
    const attempt = { response: ["right"], correct: true, score: 1, at: 5 };
    const record = { kind: "single" as const, fingerprint: "f", first: attempt, latest: attempt, attempts: 1, rightAt: 5, revealedAt: null, retrying: false, updatedAt: 50 };
    const send = (raw: string) => window.dispatchEvent(Object.assign(new Event("storage"), { key: progressKey, newValue: raw }));

    send(writeSaved(mergeProgress(snapshot(store.getState()), { ...emptyProgress(), answers: { constructor: record } })));
    await new Promise((r) => setTimeout(r, 10));
    expect(Object.hasOwn(store.getState().answers, "constructor")).toBe(true);

    send(writeSaved({ ...emptyProgress(), answers: { imported: record } }, 100));
    await new Promise((r) => setTimeout(r, 10));
    expect(Object.keys(store.getState().answers)).toEqual(["imported"]);
    stop();
  });
});
