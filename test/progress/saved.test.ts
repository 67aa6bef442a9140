import { describe, expect, it } from "vitest";
import { emptyProgress, readSaved, savedVersion } from "../../src/progress/saved";
import { writeSaved } from "../../src/progress/savedFormat";

const answer = { kind: "single", fingerprint: "a-,b+", first: { response: ["a"], correct: false, score: 1, at: 1 }, latest: { response: ["b"], correct: true, score: 2, at: 2 }, attempts: 2, rightAt: 2, revealedAt: null, retrying: false, updatedAt: 2 };

describe("reading saved progress", () => {
  it("reads back what it wrote", () => {
    const progress = { ...emptyProgress(), answers: { "rolling-update-502": answer } };
    expect(readSaved(writeSaved(progress as never))).toEqual({ ok: true, progress, migratedFrom: null });
  });

  it("refuses bytes that are not JSON, the wrong shape, a future version or huge input, and never lets a key reach a prototype", () => {
    expect(readSaved("{not json")).toEqual({ ok: false, reason: "it is not valid JSON" });
    expect(readSaved('{"answers": {}}')).toMatchObject({ ok: false, reason: expect.stringContaining("shape of saved progress") });
    expect(readSaved(JSON.stringify({ version: savedVersion + 1, state: emptyProgress() }))).toMatchObject({ ok: false, reason: expect.stringContaining("newer version") });
    expect(readSaved("x".repeat(3_000_000))).toMatchObject({ ok: false, reason: expect.stringContaining("more than") });
    const polluted = JSON.stringify({ version: savedVersion, state: { ...emptyProgress(), answers: { __proto__: answer } } }).replace('"answers":{}', '"answers":{"__proto__":' + JSON.stringify(answer) + "}");
    const read = readSaved(polluted);
    expect(read.ok && Object.keys(read.progress.answers)).toEqual([]);
    expect(({} as Record<string, unknown>).kind).toBeUndefined();
  });

  it("brings an older version forward through every migration in turn", () => {
    const steps = {
      0: (s: unknown) => ({ ...(s as object), orderDrafts: {} }),
      1: (s: unknown) => ({ ...(s as object), preferences: emptyProgress().preferences }),
      2: (s: unknown) => ({ ...(s as object), reviews: {} }),
    };
    const v0 = JSON.stringify({ version: 0, state: { answers: {}, recall: {} } });
    expect(readSaved(v0, steps, 3)).toEqual({ ok: true, progress: emptyProgress(), migratedFrom: 0 });
    expect(readSaved(JSON.stringify({ version: 1, state: { answers: {}, orderDrafts: {}, recall: {} } }))).toEqual({ ok: true, progress: emptyProgress(), migratedFrom: 1 });
    expect(readSaved(v0, {}, 1)).toMatchObject({ ok: false, reason: "there is no way to read format 0" });
  });
});
