// The writer and the reader share one schema and its limits: whatever the app writes to storage, the next
// load reads back whole. Generated states come through the writer (the store's persisted changes, and
// grading a recall prompt through the scheduler), with hostile values among them: over-long text, card
// numbers out of range, dates past the last one a Date can hold, zero stability. A state the writer
// refuses is refused before it is written, with a notice, and what was saved stays.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { schedule } from "../../src/exercises/recall/schedule";
import { exerciseProgress } from "../../src/progress/exercises";
import { readSaved, type Progress, type SavedCard } from "../../src/progress/saved";
import { progressKey } from "../../src/progress/storage";
import { createProgressStore, snapshot } from "../../src/progress/store";
import { validProgress } from "../hostile/payloads";
import { MemoryStorage } from "../memoryStorage";

const runs = 1000;
const largestDate = 8_640_000_000_000_000;

const edgeNumber = fc.oneof(
  fc.double({ min: 0, max: 1e6, noNaN: true }).map((x) => x + 0),
  fc.constantFrom(0, 1, 1e6, 1_000_000, 1e12, 9e15, largestDate, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, -1, Number.NaN, Number.POSITIVE_INFINITY),
);
const edgeCount = fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(1_000_000, 1_000_001, 2 ** 31, 9e15, -1, 1.5));
const edgeTime = fc.oneof(fc.nat(), fc.constantFrom(0, 1_700_000_000_000, largestDate, largestDate + 1, 9e15, Number.MAX_SAFE_INTEGER));

/** A saved card as a hostile file or an old bug could have left it. */
const hostileCard: fc.Arbitrary<SavedCard> = fc.record(
  {
    due: edgeTime,
    stability: edgeNumber,
    difficulty: edgeNumber,
    elapsed_days: edgeNumber,
    scheduled_days: edgeNumber,
    learning_steps: edgeCount,
    reps: edgeCount,
    lapses: edgeCount,
    state: fc.constantFrom(0, 1, 2, 3),
    last_review: edgeTime,
  },
  { requiredKeys: ["due", "stability", "difficulty", "elapsed_days", "scheduled_days", "learning_steps", "reps", "lapses", "state"] },
);

/** What the learner (or a hostile page script calling the same actions) can do to a stored state. */
const change = fc.oneof(
  fc.record({ type: fc.constant("draft" as const), id: fc.constantFrom("recall-readiness", "constructor"), text: fc.oneof(fc.string({ maxLength: 50 }), fc.integer({ min: 19_990, max: 25_002 }).map((n) => "x".repeat(n))) }),
  fc.record({ type: fc.constant("grade" as const), id: fc.constantFrom("recall-readiness", "constructor"), card: fc.option(hostileCard, { nil: null }), grade: fc.constantFrom("again", "hard", "good", "easy" as const), now: fc.oneof(fc.integer({ min: 0, max: 4_000_000_000_000 }), fc.constantFrom(largestDate - 1)) }),
  fc.record({ type: fc.constant("state" as const), progress: validProgress }),
  fc.record({ type: fc.constant("big" as const), records: fc.integer({ min: 1, max: 3 }) }),
);

function bigProgress(base: Progress, lots: number): Progress {
  // Enough answers to pass the 2 MB the reader takes, at three records a run.
  const fingerprint = "f".repeat(2000);
  const answers = { ...base.answers };
  for (let i = 0; i < 400 * lots; i++) {
    const attempt = { response: [], correct: true, score: 0, at: i };
    answers[`bulk-${i}`] = { kind: "single", fingerprint, first: attempt, latest: attempt, attempts: 1, rightAt: null, revealedAt: null, retrying: false, updatedAt: i };
  }
  return { ...base, answers };
}

describe(`the writer and the reader, over ${runs} generated states`, () => {
  it("reads back whole whatever the writer accepted; what it refused was refused before writing, with a notice", async () => {
    let accepted = 0;
    let refused = 0;
    let acceptedThenRefused = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 3 }), async (changes) => {
        const storage = new MemoryStorage();
        let writes = 0;
        const write = storage.setItem.bind(storage);
        storage.setItem = (k, v) => {
          if (k === progressKey) writes += 1;
          write(k, v);
        };
        const store = createProgressStore(() => storage);
        await store.persist.rehydrate();
        const actions = exerciseProgress(store);
        for (const c of changes) {
          const before = storage.getItem(progressKey);
          const writesBefore = writes;
          let graded = true;
          if (c.type === "draft") actions.setRecallDraft(c.id, c.text, 1);
          else if (c.type === "state") store.setState(c.progress);
          else if (c.type === "big") store.setState(bigProgress(snapshot(store.getState()), c.records));
          else {
            store.setState({ recall: { ...store.getState().recall, [c.id]: { draft: "", revealed: false, checked: [], card: c.card, reviews: [], lastAttempt: null, updatedAt: 0 } } });
            try {
              actions.gradeRecall(c.id, c.grade, schedule(store.getState().recall[c.id]?.card ?? null, c.grade, c.now), c.now);
            } catch {
              graded = false;
            }
          }
          const after = storage.getItem(progressKey);
          if (writes === writesBefore) {
            expect(after).toBe(before);
            // Refused (or nothing changed): what was saved is still there, and the learner was told.
            if (c.type !== "grade" || graded) {
              refused += 1;
              expect(store.getState().notices.map((n) => n.kind)).toContain("not-saved");
            }
            continue;
          }
          accepted += 1;
          const read = readSaved(after ?? "");
          if (!read.ok) {
            acceptedThenRefused += 1;
            continue;
          }
          expect(read.progress).toEqual(snapshot(store.getState()));
        }
      }),
      { numRuns: runs },
    );
    console.log(`writer and reader: ${accepted} writes accepted, ${refused} refused before writing, ${acceptedThenRefused} accepted then refused`);
    expect(acceptedThenRefused).toBe(0);
    expect(accepted).toBeGreaterThanOrEqual(runs);
    expect(refused).toBeGreaterThan(0);
  }, 600_000);

  it("grading a card with reps out of range, stability 0, a review dated 9e15 or the largest valid date schedules it within the schema", () => {
    const card = (over: Partial<SavedCard>): SavedCard => ({ due: 0, stability: 2, difficulty: 5, elapsed_days: 0, scheduled_days: 1, learning_steps: 0, reps: 3, lapses: 0, state: 2, last_review: 0, ...over });
    const now = 1_700_000_000_000;
    for (const hostile of [card({ reps: 1_000_000 }), card({ stability: 0 }), card({ last_review: 9e15 }), card({ last_review: largestDate, due: largestDate }), card({ stability: 0, state: 0 })]) {
      for (const grade of ["again", "hard", "good", "easy"] as const) {
        const next = schedule(hostile, grade, now);
        const storage = new MemoryStorage();
        const store = createProgressStore(() => storage);
        store.setState({ recall: { r: { draft: "", revealed: false, checked: [], card: next, reviews: [], lastAttempt: null, updatedAt: now } } });
        expect(readSaved(JSON.stringify({ version: 4, state: { ...snapshot(store.getState()) } }))).toMatchObject({ ok: true });
      }
    }
  });
});
