// The saved-state contract: what the learner's progress looks like on disk, how older versions move
// forward, and how untrusted bytes (from storage or an import file) are read. Pure: no storage here.
// zod/mini: the same validation with a fraction of the bytes, since this ships to every page.
import * as z from "zod/mini";

import { gradedKinds } from "../exercises/kindNames";
import { mergeProgress } from "./merge";
import { defaultPreferences, grades, savedVersion, writeSaved } from "./savedFormat";
import { backupPrefix, type StorageNotice } from "./storage";

export { savedVersion };

/**
 * A part of the validator, built the first time it is asked for. Building zod's schemas is most of what this
 * chunk costs to start (about 25 ms at full speed on a desktop, four times that on a slow phone), so a page
 * builds them ahead of the first read a part per task (`prepare`), and never all in one long task.
 */
function lazy<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const id = lazy(() => z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(80)));
/** The limits the writer and the reader share: inputs carry them too (maxlength, clamped card numbers, valid dates). */
export const limits = {
  /** The largest time a Date can hold, 8.64e15 ms. */
  time: 8_640_000_000_000_000,
  count: 1_000_000,
  text: 20_000,
} as const;

const time = lazy(() => z.int().check(z.gte(0), z.lte(limits.time)));
const count = (max: number) => z.int().check(z.gte(0), z.lte(max));
const list = <T extends z.core.SomeType>(item: T, max: number) => z.array(item).check(z.maxLength(max));

const attemptSchema = lazy(() => z.strictObject({
  response: list(id(), 50),
  correct: z.boolean(),
  /** How many options or steps were right, for partial credit displays. */
  score: count(50),
  at: time(),
}));

export const answerSchema = lazy(() => z.strictObject({
  kind: z.enum(gradedKinds),
  fingerprint: z.string().check(z.maxLength(2000)),
  first: attemptSchema(),
  latest: attemptSchema(),
  /** How many times the learner checked an answer. */
  attempts: count(limits.count),
  /** When the learner was first right, if ever. */
  rightAt: z.nullable(time()),
  /** When the learner asked for the answer, if ever. */
  revealedAt: z.nullable(time()),
  /** After "Try again": the choice is cleared and the exercise waits for a new attempt. */
  retrying: z.boolean(),
  updatedAt: time(),
}));

export const cardSchema = lazy(() => z.strictObject({
  due: time(),
  stability: z.number().check(z.gte(0)),
  difficulty: z.number().check(z.gte(0)),
  elapsed_days: z.number().check(z.gte(0)),
  scheduled_days: z.number().check(z.gte(0)),
  learning_steps: count(1000),
  reps: count(limits.count),
  lapses: count(limits.count),
  state: count(3),
  last_review: z.optional(time()),
}));

export const gradeSchema = lazy(() => z.enum(grades));

const recallAttemptSchema = lazy(() => z.strictObject({ text: z.string().check(z.maxLength(limits.text)), checked: list(count(50), 50), grade: gradeSchema(), at: time() }));

export const recallSchema = lazy(() => z.strictObject({
  /** The attempt in progress: what the learner is writing now, whether the key points are shown, which are ticked. */
  draft: z.string().check(z.maxLength(limits.text)),
  revealed: z.boolean(),
  checked: list(count(50), 50),
  card: z.nullable(cardSchema()),
  reviews: list(z.strictObject({ at: time(), grade: gradeSchema() }), 500),
  /** The last graded attempt, kept behind its own control when the prompt comes back. */
  lastAttempt: z.nullable(recallAttemptSchema()),
  updatedAt: time(),
}));

const key = lazy(() => z.string().check(z.minLength(1), z.maxLength(1)));
const tier = lazy(() => z.enum(["junior", "middle", "senior"]));

export const preferencesSchema = lazy(() => z.strictObject({
  /** The altitude the learner chose last; pieces open at it. */
  tier: z.nullable(tier()),
  shortcuts: z.strictObject({
    /** Single-key shortcuts can be turned off (a screen-reader user may need to). */
    enabled: z.boolean(),
    keys: z.strictObject({ next: key(), previous: key(), tier: key(), help: key(), search: key() }),
  }),
  /** Where the learner was reading last, for "continue where you left off". */
  lastPlace: z.nullable(z.strictObject({ track: id(), piece: id(), tier: tier(), section: z.nullable(id()), at: time() })),
  updatedAt: time(),
}));

const pieceKey = lazy(() => z.string().check(z.regex(/^[a-z0-9-]+\/[a-z0-9-]+$/), z.maxLength(160)));

export const reviewAttemptSchema = lazy(() => z.strictObject({
  /** Question and option order come from this seed, so the attempt reads the same after a reload. */
  seed: count(2 ** 32),
  questionIds: list(id(), 200),
  answers: z.record(id(), z.strictObject({ chosen: list(id(), 20), correct: z.boolean() })),
  startedAt: time(),
  finishedAt: z.nullable(time()),
  updatedAt: time(),
}));

/** The most characters of a sandbox manifest saved progress keeps; the writer and the reader both hold to it. */
export const maxSandboxDraftChars = 20_000;

/** The manifest and settings the learner last had in the sandbox, so that nothing typed is lost. */
export const sandboxDraftSchema = lazy(() => z.strictObject({
  manifest: z.string().check(z.maxLength(maxSandboxDraftChars)),
  settings: z.strictObject({
    appStartSeconds: z.number(),
    dependencyReadySeconds: z.number(),
    requestsPerSecond: z.number(),
    balancer: z.enum(["L4", "L7"]),
    durationSeconds: z.number(),
  }),
  updatedAt: time(),
}));

export const progressSchema = lazy(() => z.strictObject({
  preferences: preferencesSchema(),
  /** The latest review attempt of each review piece. */
  reviews: z.record(pieceKey(), reviewAttemptSchema()),
  answers: z.record(id(), answerSchema()),
  /** The learner's working order of an ordering exercise, before or between checks. */
  orderDrafts: z.record(id(), z.strictObject({ order: list(id(), 50), updatedAt: time() })),
  recall: z.record(id(), recallSchema()),
  /** Optional, so format 4 without it reads as it is. */
  sandbox: z.optional(sandboxDraftSchema()),
}));

/** Builds the validator ahead of its first use, one part per task, giving the main thread back between them. */
export async function prepare(): Promise<void> {
  const parts = [attemptSchema, answerSchema, cardSchema, recallSchema, preferencesSchema, reviewAttemptSchema, sandboxDraftSchema, progressSchema, envelopeSchema];
  for (const part of parts) {
    await new Promise((next) => setTimeout(next, 0));
    part();
  }
}

export type Attempt = z.infer<ReturnType<typeof attemptSchema>>;
export type RecallAttempt = z.infer<ReturnType<typeof recallAttemptSchema>>;
export type AnswerRecord = z.infer<ReturnType<typeof answerSchema>>;
export type SavedCard = z.infer<ReturnType<typeof cardSchema>>;
export type RecallRecord = z.infer<ReturnType<typeof recallSchema>>;
export type Progress = z.infer<ReturnType<typeof progressSchema>>;
export type Preferences = z.infer<ReturnType<typeof preferencesSchema>>;
export type ReviewAttempt = z.infer<ReturnType<typeof reviewAttemptSchema>>;
export type SandboxDraft = z.infer<ReturnType<typeof sandboxDraftSchema>>;

export function emptyProgress(): Progress {
  return { preferences: defaultPreferences(), reviews: {}, answers: {}, orderDrafts: {}, recall: {} };
}

/** Each entry turns the state of version N into version N + 1. */
export const migrations: Record<number, (state: unknown) => unknown> = {
  // Format 2 added the learner's preferences: altitude, shortcuts and the place they were reading.
  1: (state) => ({ ...(state as object), preferences: defaultPreferences() }),
  // Format 3 added review attempts.
  2: (state) => ({ ...(state as object), reviews: {} }),
  // Format 4 recorded how an answer was reached (attempts, when first right, whether revealed, retrying) and
  // kept a recall prompt's graded attempt apart from the next one.
  3: (state) => {
    const s = state as { answers?: Record<string, unknown>; recall?: Record<string, unknown> };
    return { ...s, answers: mapRecords(s.answers, answerToV4), recall: mapRecords(s.recall, recallToV4) };
  },
};

type AnswerV3 = { first: Attempt; latest: Attempt; solutionShown: boolean; updatedAt: number };
type RecallV3 = { draft: string; checked: number[]; card: unknown; reviews: { at: number; grade: string }[]; updatedAt: number };

/** Maps each record; anything that is not a record map is left for the validator to refuse. */
function mapRecords(records: unknown, map: (r: never) => unknown): unknown {
  if (!records || typeof records !== "object" || Array.isArray(records)) return records;
  return Object.fromEntries(Object.entries(records).map(([k, r]) => [k, r && typeof r === "object" ? map(r as never) : r]));
}

function answerToV4({ solutionShown, ...r }: AnswerV3): unknown {
  const rightAt = r.first?.correct ? r.first.at : r.latest?.correct ? r.latest.at : null;
  return { ...r, attempts: r.first?.at === r.latest?.at ? 1 : 2, rightAt, revealedAt: solutionShown ? r.updatedAt : null, retrying: false };
}

/** A graded prompt's text becomes its last attempt, so that it comes back blank when it is due. */
function recallToV4(r: RecallV3): unknown {
  const last = r.reviews?.at?.(-1);
  if (!r.card || !last) return { ...r, lastAttempt: null };
  return { ...r, draft: "", revealed: false, checked: [], lastAttempt: { text: r.draft, checked: r.checked, grade: last.grade, at: last.at } };
}

/**
 * A sandbox draft that is not valid (longer than the limit, say) is dropped on its own: it is one
 * scratch manifest, and the learner's answers should not be set aside for it.
 */
function withoutUnreadableDraft(state: unknown): unknown {
  if (!state || typeof state !== "object" || !("sandbox" in state)) return state;
  const { sandbox, ...rest } = state as { sandbox: unknown };
  return sandbox === undefined || sandboxDraftSchema().safeParse(sandbox).success ? state : rest;
}

export type ReadResult = { ok: true; progress: Progress; migratedFrom: number | null; replacedAt?: number } | { ok: false; reason: string };

/** The most bytes of saved state or of an import file we will parse. */
export const maxSavedBytes = 2_000_000;

const envelopeSchema = lazy(() => z.object({ version: count(1_000_000), state: z.unknown(), replacedAt: z.optional(time()) }));

export const tooBigReason = (length: number) => `it is ${Math.round(length / 1000)} kB, more than the ${maxSavedBytes / 1_000_000} MB progress can take`;

/** What the writer may write: exactly what the reader reads back (test/progress/writer-reader.test.ts). */
export function checkWritable(state: unknown): { ok: true; progress: Progress } | { ok: false; reason: string } {
  let parsed: ReturnType<ReturnType<typeof progressSchema>["safeParse"]>;
  try {
    parsed = progressSchema().safeParse(state);
  } catch {
    return { ok: false, reason: "it is not valid progress (too many invalid records)" };
  }
  if (parsed.success) return { ok: true, progress: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue ? issue.path.join(".").slice(0, 120) || "top" : "";
  return { ok: false, reason: `it is not valid progress (${issue ? `${where}: ${issue.message}` : "unknown"})` };
}

const clamp = (x: number, min: number, max: number) => (Number.isFinite(x) ? Math.min(max, Math.max(min, x)) : min);
const whole = (x: number, max: number) => Math.round(clamp(x, 0, max));

/** A recall card brought within the schema's limits: whole counts, finite non-negative numbers, valid dates. */
export function clampCard(card: SavedCard): SavedCard {
  const clamped: SavedCard = {
    due: whole(card.due, limits.time),
    stability: clamp(card.stability, 0, 1e9),
    difficulty: clamp(card.difficulty, 0, 1e9),
    elapsed_days: clamp(card.elapsed_days, 0, 1e9),
    scheduled_days: clamp(card.scheduled_days, 0, 1e9),
    learning_steps: whole(card.learning_steps, 1000),
    reps: whole(card.reps, limits.count),
    lapses: whole(card.lapses, limits.count),
    state: whole(card.state, 3),
  };
  if (card.last_review !== undefined && Number.isFinite(card.last_review)) clamped.last_review = whole(card.last_review, limits.time);
  return clamped;
}

/** Reads saved bytes: parses, checks the version, migrates forward, validates. Never throws. */
export function readSaved(raw: string, migrationSteps: Record<number, (state: unknown) => unknown> = migrations, current = savedVersion): ReadResult {
  if (raw.length > maxSavedBytes) return { ok: false, reason: tooBigReason(raw.length) };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: "it is not valid JSON" };
  }
  const envelope = envelopeSchema().safeParse(data);
  if (!envelope.success) return { ok: false, reason: "it does not have the shape of saved progress (a version and a state)" };
  let { version, state } = envelope.data;
  const replacedAt = envelope.data.replacedAt ?? 0;
  if (version > current) return { ok: false, reason: `it comes from a newer version of the app (format ${version}; this one reads up to ${current})` };
  const from = version;
  while (version < current) {
    const step = migrationSteps[version];
    if (!step) return { ok: false, reason: `there is no way to read format ${version}` };
    try {
      state = step(state);
    } catch {
      return { ok: false, reason: `it could not be brought forward from format ${version}` };
    }
    version += 1;
  }
  state = withoutUnreadableDraft(state);
  let parsed: ReturnType<ReturnType<typeof progressSchema>["safeParse"]>;
  try {
    parsed = progressSchema().safeParse(state);
  } catch {
    // Tens of thousands of invalid records make the validator's issue list overflow the stack (test/hostile).
    return { ok: false, reason: "its content is not valid progress (too many invalid records to read)" };
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // The path holds keys from the untrusted bytes; a notice shows it, so it is cut short.
    const where = issue ? issue.path.join(".").slice(0, 120) || "top" : "";
    return { ok: false, reason: `its content is not valid progress (${issue ? `${where}: ${issue.message}` : "unknown"})` };
  }
  return { ok: true, progress: parsed.data, migratedFrom: from === current ? null : from, ...(replacedAt > 0 ? { replacedAt } : {}) };
}

// Reading and writing the stored bytes, behind src/progress/storage.ts, in this chunk with the schema (one
// chunk, so that fetching it again after a failure fetches all of it). Every write reads what is stored and
// merges it first; bytes it cannot read are set aside as a backup before anything is written, and a write
// the reader would refuse is refused before it is written.


/** What one tab knows of what is stored. */
export type Known = {
  /** When the progress this tab holds was last replaced as a whole. */
  replacedAt: number;
  /** The bytes this tab wrote last: found again, there is nothing to merge. */
  lastWritten: string | null;
  /** Unreadable bytes already set aside as a backup. */
  keptAside: string | null;
};

type Notify = (notice: StorageNotice) => void;

function since<T extends { updatedAt: number }>(records: Readonly<Record<string, T>>, at: number): Record<string, T> {
  return Object.fromEntries(Object.entries(records).filter(([, r]) => r.updatedAt > at));
}

/**
 * Progress replaced as a whole at `at` (an import with Replace, a restored backup), as a tab that still holds
 * the old progress takes it: the replacement, with only what this tab did after the replacement on top.
 */
export function adoptReplacement(replacement: Progress, mine: Progress, at: number): Progress {
  return mergeProgress(replacement, {
    preferences: mine.preferences.updatedAt > at ? mine.preferences : replacement.preferences,
    reviews: since(mine.reviews, at),
    answers: since(mine.answers, at),
    orderDrafts: since(mine.orderDrafts, at),
    recall: since(mine.recall, at),
  });
}

/** Sets bytes aside under a new backup key, never over another backup; null when storage would not take them. */
export function setAside(s: Storage, raw: string, now = Date.now()): string | null {
  try {
    let key = `${backupPrefix}${now}`;
    for (let n = 1; s.getItem(key) !== null; n++) key = `${backupPrefix}${now}-${n}`;
    s.setItem(key, raw);
    return key;
  } catch {
    return null;
  }
}

/** Reads what was stored: the progress, or null, with unreadable bytes set aside first. */
export function readStored(s: Storage | null, raw: string, known: Known, notice: Notify): { state: Progress; version: number } | null {
  const result = readSaved(raw);
  if (result.ok) {
    known.replacedAt = Math.max(known.replacedAt, result.replacedAt ?? 0);
    known.lastWritten = raw;
    if (result.migratedFrom !== null) notice({ kind: "migrated", detail: String(result.migratedFrom) });
    return { state: result.progress, version: savedVersion };
  }
  // Without a backup, the unreadable bytes stay where they are: the next write tries again to set them aside.
  const backup = s ? setAside(s, raw) : null;
  notice(
    backup
      ? { kind: "saved-unreadable", detail: `${result.reason}; the old data is kept as a backup`, backup }
      : { kind: "saved-unreadable", detail: `${result.reason}; it is left untouched, and progress from this visit will not be saved over it` },
  );
  if (backup) known.keptAside = raw;
  return null;
}

/** Writes this tab's progress, merged with what is stored; `adopt` hands the store a replacement made elsewhere. */
export function writeStored(s: Storage | null, name: string, own: Progress, known: Known, notice: Notify, adopt: (progress: Progress) => void): void {
  let stored: string | null;
  try {
    if (!s) throw new Error("no storage");
    stored = s.getItem(name);
  } catch {
    notice({ kind: "storage-unavailable" });
    return;
  }
  let state = own;
  if (stored !== null && stored !== known.lastWritten && stored !== known.keptAside) {
    const found = readSaved(stored);
    if (found.ok) {
      const replacedAt = found.replacedAt ?? 0;
      if (replacedAt > known.replacedAt) {
        known.replacedAt = replacedAt;
        const adopted = adoptReplacement(found.progress, state, replacedAt);
        state = adopted;
        queueMicrotask(() => adopt(adopted));
      } else if (replacedAt === known.replacedAt) {
        state = mergeProgress(found.progress, state);
      }
      // Stored progress replaced before this tab replaced it is already in a backup: it is written over.
    } else {
      const backup = setAside(s, stored);
      if (!backup) {
        notice({ kind: "storage-full" });
        return;
      }
      known.keptAside = stored;
      notice({ kind: "saved-set-aside", detail: found.reason, backup });
    }
  }
  const checked = checkWritable(state);
  if (!checked.ok) {
    notice({ kind: "not-saved", detail: checked.reason });
    return;
  }
  const bytes = writeSaved(checked.progress, known.replacedAt);
  if (bytes.length > maxSavedBytes) {
    notice({ kind: "not-saved", detail: tooBigReason(bytes.length) });
    return;
  }
  try {
    s.setItem(name, bytes);
    known.lastWritten = bytes;
  } catch (error) {
    const full = error instanceof DOMException && (error.name === "QuotaExceededError" || error.code === 22);
    notice({ kind: full ? "storage-full" : "storage-unavailable" });
  }
}
