import { describe, expect, it } from "vitest";
import { sandboxProgress } from "../../src/progress/sandbox";
import { emptyProgress, maxSandboxDraftChars, readSaved, savedVersion } from "../../src/progress/saved";
import { createProgressStore, snapshot } from "../../src/progress/store";
import { writeSaved } from "../../src/progress/savedFormat";
import { mergeProgress } from "../../src/progress/merge";
import { MemoryStorage } from "../memoryStorage";

const settings = { appStartSeconds: 20, dependencyReadySeconds: 100, requestsPerSecond: 100, balancer: "L7" as const, durationSeconds: 600 };

describe("the sandbox draft in saved progress", () => {
  it("is kept and read back after a reload", async () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(() => storage);
    await store.persist.rehydrate();
    expect(sandboxProgress(store).keepSandboxDraft("kind: Deployment\n", settings, 5)).toBe("kept");
    const again = createProgressStore(() => storage);
    await again.persist.rehydrate();
    expect(again.getState().sandbox).toEqual({ manifest: "kind: Deployment\n", settings, updatedAt: 5 });
  });
  it("the writer refuses a draft over the limit and keeps the one before", async () => {
    const store = createProgressStore(() => new MemoryStorage());
    await store.persist.rehydrate();
    const actions = sandboxProgress(store);
    actions.keepSandboxDraft("first", settings, 1);
    expect(actions.keepSandboxDraft("x".repeat(maxSandboxDraftChars + 1), settings, 2)).toBe("too-long");
    expect(store.getState().sandbox?.manifest).toBe("first");
  });
  it("the reader drops a draft over the limit but keeps the rest of progress", () => {
    const progress = { ...emptyProgress(), sandbox: { manifest: "x".repeat(maxSandboxDraftChars + 1), settings, updatedAt: 1 } };
    const read = readSaved(JSON.stringify({ version: savedVersion, state: progress }));
    expect(read.ok).toBe(true);
    expect(read.ok && read.progress.sandbox).toBeUndefined();
  });
  it("format 4 progress without a draft still reads", () => {
    const read = readSaved(writeSaved(emptyProgress()));
    expect(read.ok && snapshot(read.progress)).toEqual(emptyProgress());
  });
  it("the newer draft wins a merge", () => {
    const a = { ...emptyProgress(), sandbox: { manifest: "old", settings, updatedAt: 1 } };
    const b = { ...emptyProgress(), sandbox: { manifest: "new", settings, updatedAt: 2 } };
    expect(mergeProgress(a, b).sandbox?.manifest).toBe("new");
    expect(mergeProgress(b, emptyProgress()).sandbox?.manifest).toBe("new");
  });
});
