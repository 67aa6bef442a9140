// Property tests: an import file is untrusted input. Whatever it holds, reading it never throws, never
// pollutes a prototype, refuses what is too big before reading it, and reads valid progress back whole.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maxSavedBytes, readSaved, type ReadResult } from "../../src/progress/saved";
import { readImportFile } from "../../src/progress/transfer";
import { anyPayload, expectPlainData, expectPrototypesClean, runs, validProgress, write } from "./payloads";

/** A file as the browser hands it over: its size in bytes and a way to read its text. */
function fileOf(raw: string, failing = false) {
  let reads = 0;
  const file = {
    size: new TextEncoder().encode(raw).length,
    text: () => {
      reads += 1;
      return failing ? Promise.reject(new DOMException("The file could not be read", "NotReadableError")) : Promise.resolve(raw);
    },
  };
  return { file, reads: () => reads };
}

describe(`importing a progress file under ${runs} generated payloads per property`, () => {
  it("never throws, never pollutes a prototype, refuses big files unread, and agrees with the saved-state reader", async () => {
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(anyPayload, fc.boolean(), async (raw, failing) => {
        tried += 1;
        const { file, reads } = fileOf(raw, failing);
        let result: ReadResult | undefined;
        await expect((async () => (result = await readImportFile(file)))()).resolves.toBeDefined();
        expectPrototypesClean();
        if (file.size > maxSavedBytes) {
          expect(result).toMatchObject({ ok: false });
          expect(reads()).toBe(0);
          return;
        }
        if (failing) {
          expect(result).toEqual({ ok: false, reason: "the file could not be read" });
          return;
        }
        expect(result).toEqual(readSaved(raw));
        if (result?.ok) expectPlainData(result.progress);
        else expect(result?.reason).toMatch(/\S/);
      }),
      { numRuns: runs },
    );
    expect(tried).toBeGreaterThanOrEqual(runs);
  }, 120_000);

  it("imports every valid file whole", async () => {
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(validProgress, async (progress) => {
        tried += 1;
        expect(await readImportFile(fileOf(write(progress)).file)).toEqual({ ok: true, progress, migratedFrom: null });
      }),
      { numRuns: runs },
    );
    expect(tried).toBeGreaterThanOrEqual(runs);
  }, 60_000);
});
