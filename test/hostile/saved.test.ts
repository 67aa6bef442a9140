// Property tests: the saved-state reader takes any bytes without throwing, never lets a payload reach a
// prototype, and always reads valid progress, of this version or an older one, back whole.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readSaved, savedVersion, type ReadResult } from "../../src/progress/saved";
import { writeSaved } from "../../src/progress/savedFormat";
import { anyPayload, expectPlainData, expectPrototypesClean, olderProgress, runs, validProgress, write } from "./payloads";

/** What must hold for every read, whatever the bytes. */
function expectSafeRead(raw: string, result: ReadResult) {
  expectPrototypesClean();
  if (!result.ok) {
    expect(result.reason).toMatch(/\S/);
    return;
  }
  expectPlainData(result.progress);
  // What was read is valid progress: written again and read again, it is the same.
  expect(readSaved(writeSaved(result.progress))).toEqual({ ok: true, progress: result.progress, migratedFrom: null });
  expect(raw.length).toBeGreaterThan(0);
}

describe(`the saved-state reader under ${runs} generated payloads per property`, () => {
  it("never throws, never pollutes a prototype, and reads only valid progress", () => {
    let tried = 0;
    fc.assert(
      fc.property(anyPayload, (raw) => {
        tried += 1;
        let result: ReadResult | undefined;
        expect(() => (result = readSaved(raw))).not.toThrow();
        expectSafeRead(raw, result!);
      }),
      { numRuns: runs },
    );
    expect(tried).toBeGreaterThanOrEqual(runs);
  }, 120_000);

  it("reads every valid payload back equal to what was written", () => {
    let tried = 0;
    fc.assert(
      fc.property(validProgress, (progress) => {
        tried += 1;
        expect(readSaved(write(progress))).toEqual({ ok: true, progress, migratedFrom: null });
        expectPrototypesClean();
      }),
      { numRuns: runs },
    );
    expect(tried).toBeGreaterThanOrEqual(runs);
  }, 60_000);

  it("brings every older valid payload forward without losing an answer, a draft or a recall schedule", () => {
    let tried = 0;
    fc.assert(
      fc.property(olderProgress, ({ raw, progress, version }) => {
        tried += 1;
        const result = readSaved(raw);
        expect(result).toMatchObject({ ok: true, migratedFrom: version });
        if (!result.ok) return;
        expect(result.progress.answers).toEqual(progress.answers);
        expect(result.progress.orderDrafts).toEqual(progress.orderDrafts);
        expect(result.progress.recall).toEqual(progress.recall);
        expect(readSaved(writeSaved(result.progress))).toMatchObject({ ok: true, migratedFrom: null });
      }),
      { numRuns: runs },
    );
    expect(tried).toBeGreaterThanOrEqual(runs);
    expect(savedVersion).toBeGreaterThan(1);
  }, 60_000);
});
