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
        const old = progress as { answers: Record<string, Record<string, unknown>>; recall: Record<string, Record<string, unknown>>; orderDrafts: unknown };
        // Every attempt is there as it was written; whether the answer was shown is kept.
        expect(Object.keys(result.progress.answers)).toEqual(Object.keys(old.answers));
        for (const [key, was] of Object.entries(old.answers)) {
          const now = result.progress.answers[key];
          expect(now).toMatchObject({ kind: was.kind, fingerprint: was.fingerprint, first: was.first, latest: was.latest, updatedAt: was.updatedAt });
          expect(now?.revealedAt !== null).toBe(was.solutionShown);
        }
        expect(result.progress.orderDrafts).toEqual(old.orderDrafts);
        // Every recall schedule and review is there, and the text written is kept, as the draft or as the last attempt.
        expect(Object.keys(result.progress.recall)).toEqual(Object.keys(old.recall));
        for (const [key, was] of Object.entries(old.recall)) {
          const now = result.progress.recall[key];
          expect(now).toMatchObject({ card: was.card, reviews: was.reviews, updatedAt: was.updatedAt });
          expect([now?.draft, now?.lastAttempt?.text]).toContain(was.draft);
        }
        expect(readSaved(writeSaved(result.progress))).toMatchObject({ ok: true, migratedFrom: null });
      }),
      { numRuns: runs },
    );
    expect(tried).toBeGreaterThanOrEqual(runs);
    expect(savedVersion).toBeGreaterThan(1);
  }, 60_000);
});
