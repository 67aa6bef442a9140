// Property tests: the persisted store starts from whatever the browser's storage holds. Unreadable bytes
// change nothing in the store and are never deleted; readable progress is always there, and still there
// after the learner's next change is saved; no payload reaches a prototype.
import fc from "fast-check";
import { MemoryStorage } from "../memoryStorage";
import { describe, expect, it } from "vitest";
import { emptyProgress, readSaved, type Progress } from "../../src/progress/saved";
import { backupPrefix, progressKey } from "../../src/progress/storage";
import { exerciseProgress } from "../../src/progress/exercises";
import { createProgressStore, type ProgressState } from "../../src/progress/store";
import { anyPayload, expectPlainData, expectPrototypesClean, runs, validProgress, write } from "./payloads";


/** The persisted part of the store's state: the same fields as saved progress. */
function progressIn(state: ProgressState): Progress {
  return Object.fromEntries(Object.keys(emptyProgress()).map((k) => [k, state[k as keyof Progress]])) as Progress;
}

async function storeHolding(raw: string) {
  const storage = new MemoryStorage();
  storage.setItem(progressKey, raw);
  const store = createProgressStore(() => storage);
  const before = progressIn(store.getState());
  await store.persist.rehydrate();
  return { storage, store, before };
}

/** The bytes are still in storage: where they were, or set aside under a backup key. */
function kept(storage: MemoryStorage, raw: string): boolean {
  return storage.getItem(progressKey) === raw || [...storage.data].some(([k, v]) => k.startsWith(backupPrefix) && v === raw);
}

describe(`the persisted store under ${runs} generated payloads per property`, () => {
  it("starts from any stored bytes without throwing; a refusal changes nothing and keeps the bytes", async () => {
    let tried = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(anyPayload, async (raw) => {
        tried += 1;
        const { storage, store, before } = await storeHolding(raw);
        expectPrototypesClean();
        const read = readSaved(raw);
        const after = progressIn(store.getState());
        expectPlainData(after);
        if (read.ok) {
          expect(after).toEqual(read.progress);
        } else {
          refused += 1;
          expect(after).toEqual(before);
          expect(store.getState().notices.map((n) => n.kind)).toContain("saved-unreadable");
        }
        // The learner's next change is saved, and the bytes that were there are not lost.
        store.getState().chooseTier("middle", 1);
        expect(kept(storage, raw) || read.ok).toBe(true);
        const saved = readSaved(storage.getItem(progressKey) ?? "");
        expect(saved.ok).toBe(true);
        if (read.ok && saved.ok) expect({ ...saved.progress, preferences: read.progress.preferences }).toEqual(read.progress);
      }),
      { numRuns: runs },
    );
    expect(tried).toBeGreaterThanOrEqual(runs);
    expect(refused).toBeGreaterThan(runs / 2);
  }, 120_000);

  it("never loses readable progress to a change made before it was read (a notice, the app's status)", async () => {
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(anyPayload, async (raw) => {
        tried += 1;
        const storage = new MemoryStorage();
        storage.setItem(progressKey, raw);
        const store = createProgressStore(() => storage);
        // The app may update visit-only state before the saved progress has been read.
        store.getState().notify({ kind: "storage-full" });
        expect(storage.getItem(progressKey)).toBe(raw);
        await store.persist.rehydrate();
        const read = readSaved(raw);
        if (read.ok) expect(progressIn(store.getState())).toEqual(read.progress);
        expect(kept(storage, raw)).toBe(true);
      }),
      { numRuns: runs },
    );
    expect(tried).toBeGreaterThanOrEqual(runs);
  }, 120_000);

  it("never loses readable progress: every valid payload is in the store, and in storage after the next save", async () => {
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(validProgress, async (progress) => {
        tried += 1;
        const { storage, store } = await storeHolding(write(progress));
        expect(progressIn(store.getState())).toEqual(progress);
        expect(store.getState().notices).toEqual([]);
        exerciseProgress(store).setOrderDraft("hostile-check", ["a", "b"], 5);
        const saved = readSaved(storage.getItem(progressKey) ?? "");
        expect(saved.ok && { ...saved.progress, orderDrafts: progress.orderDrafts }).toEqual(progress);
        expectPrototypesClean();
      }),
      { numRuns: runs },
    );
    expect(tried).toBeGreaterThanOrEqual(runs);
  }, 120_000);
});
