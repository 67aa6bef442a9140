// Generated saved-progress payloads for the property tests: valid progress (which must always read back
// whole), and hostile bytes (invalid JSON, wrong types, huge arrays, deep nesting, prototype-pollution
// keys, markup in strings), which must be refused without harm or read as the valid progress they are.
import fc from "fast-check";
import { expect } from "vitest";
import { emptyProgress, savedVersion, type Progress } from "../../src/progress/saved";

/** How many payloads each property is tried with. */
export const runs = 1000;

const markup = ['<script>alert("x")</script>', '<img src=x onerror="alert(1)">', '"><svg onload=alert(1)>', "javascript:alert(1)", "{{constructor.constructor('alert(1)')()}}", "&lt;b&gt;"];
const pollutionKeys = ["__proto__", "constructor", "prototype", "__defineGetter__", "hasOwnProperty", "toString", "valueOf"];

// Valid progress, field by field as src/progress/saved.ts describes it. "constructor" and "prototype"
// are valid ids, so they appear among the keys on purpose.
const id = fc.oneof(
  { weight: 5, arbitrary: fc.stringMatching(/^[a-z0-9]{1,12}(?:-[a-z0-9]{1,12}){0,3}$/) },
  { weight: 1, arbitrary: fc.constantFrom("constructor", "prototype", "rolling-update-502", "recall-readiness") },
);
const time = fc.nat();
const count = (max: number) => fc.integer({ min: 0, max });
const text = (maxLength: number) => fc.oneof(fc.string({ maxLength }), fc.constantFrom(...markup), fc.string({ unit: "grapheme", maxLength }));
const number = fc.double({ min: 0, max: 1e6, noNaN: true }).map((x) => x + 0); // no -0: JSON writes it as 0
const record = <T>(value: fc.Arbitrary<T>) => fc.dictionary(id, value, { maxKeys: 4, noNullPrototype: true });

const attempt = fc.record({ response: fc.array(id, { maxLength: 6 }), correct: fc.boolean(), score: count(50), at: time });
const answerFields = {
  kind: fc.constantFrom("single", "multiple", "best-fit", "order"),
  fingerprint: text(60),
  first: attempt,
  latest: attempt,
  updatedAt: time,
};
const answer = fc.record({
  ...answerFields,
  attempts: count(1_000_000),
  rightAt: fc.option(time, { nil: null }),
  revealedAt: fc.option(time, { nil: null }),
  retrying: fc.boolean(),
});
/** An answer as format 3 and earlier wrote it. */
export const answerV3 = fc.record({ ...answerFields, solutionShown: fc.boolean() });
const card = fc.record(
  {
    due: time,
    stability: number,
    difficulty: number,
    elapsed_days: number,
    scheduled_days: number,
    learning_steps: count(1000),
    reps: count(1_000_000),
    lapses: count(1_000_000),
    state: count(3),
    last_review: time,
  },
  { requiredKeys: ["due", "stability", "difficulty", "elapsed_days", "scheduled_days", "learning_steps", "reps", "lapses", "state"] },
);
const grade = fc.constantFrom("again", "hard", "good", "easy");
const recallFields = {
  draft: text(200),
  revealed: fc.boolean(),
  checked: fc.array(count(50), { maxLength: 6 }),
  card: fc.option(card, { nil: null }),
  reviews: fc.array(fc.record({ at: time, grade }), { maxLength: 5 }),
  updatedAt: time,
};
const recall = fc.record({
  ...recallFields,
  lastAttempt: fc.option(fc.record({ text: text(200), checked: fc.array(count(50), { maxLength: 6 }), grade, at: time }), { nil: null }),
});
/** A recall prompt as format 3 and earlier wrote it. */
export const recallV3 = fc.record(recallFields);
const tier = fc.constantFrom("junior", "middle", "senior");
const key = fc.string({ minLength: 1, maxLength: 1 });
const preferences = fc.record({
  tier: fc.option(tier, { nil: null }),
  shortcuts: fc.record({ enabled: fc.boolean(), keys: fc.record({ next: key, previous: key, tier: key, help: key, search: key }) }),
  lastPlace: fc.option(fc.record({ track: id, piece: id, tier, section: fc.option(id, { nil: null }), at: time }), { nil: null }),
  updatedAt: time,
});

/** Progress the app could have written. Parts this generator does not know keep their empty value. */
export const validProgress: fc.Arbitrary<Progress> = fc
  .record({ preferences, answers: record(answer), orderDrafts: record(fc.record({ order: fc.array(id, { maxLength: 6 }), updatedAt: time })), recall: record(recall) })
  .map((parts) => JSON.parse(JSON.stringify({ ...emptyProgress(), ...parts })) as Progress);

export const write = (progress: unknown, version: unknown = savedVersion) => JSON.stringify({ version, state: progress });

/** The top-level fields each format added: a payload of an older format lacks those of later ones. */
const addedIn: Record<number, string[]> = { 2: ["preferences"], 3: ["reviews"], 4: [] };

/** Valid progress as format 3 wrote it: answers and recall prompts in their older shape. */
export const progressV3 = fc
  .record({ preferences, answers: record(answerV3), orderDrafts: record(fc.record({ order: fc.array(id, { maxLength: 6 }), updatedAt: time })), recall: record(recallV3) })
  .map((parts) => JSON.parse(JSON.stringify({ ...emptyProgress(), ...parts })) as Record<string, unknown>);

/** Progress written in an older format (1 to 3): the fields later versions added are not there yet. */
export const olderProgress = fc.tuple(progressV3, fc.integer({ min: 1, max: savedVersion - 1 })).map(([progress, version]) => {
  const state: Record<string, unknown> = { ...progress };
  for (let v = version + 1; v <= savedVersion; v++) for (const field of addedIn[v] ?? []) delete state[field];
  return { raw: write(state, version), progress, version };
});

// Hostile payloads.
const pollutedObject = fc
  .tuple(fc.constantFrom(...pollutionKeys), fc.constantFrom(...pollutionKeys), fc.jsonValue({ maxDepth: 2 }))
  .map(([outer, inner, value]) => `{"${outer}":{"${inner}":{"polluted":"yes","value":${JSON.stringify(value)}}},"polluted":"yes"}`);

/** A JSON object's text with one pollution key spliced in at some depth of a valid payload. */
const pollutedPayload = fc
  .tuple(validProgress, fc.constantFrom("", "preferences", "answers", "orderDrafts", "recall", "preferences.shortcuts"), pollutedObject, fc.constantFrom(...pollutionKeys))
  .map(([progress, at, polluted, name]) => {
    const state = JSON.parse(JSON.stringify(progress)) as Record<string, Record<string, unknown>>;
    const target = at.split(".").filter(Boolean).reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, state);
    target["@@marker"] = 0;
    return write(state).replace('"@@marker":0', `"${name}":${polluted}`);
  });

const wrongTypes = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.tuple(fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constant(savedVersion), fc.integer()), fc.jsonValue({ maxDepth: 4 })).map(([v, s]) => write(s, v)),
  // A valid payload with one field swapped for a value of the wrong type.
  fc
    .tuple(validProgress, fc.constantFrom("preferences", "answers", "orderDrafts", "recall"), fc.jsonValue({ maxDepth: 2 }))
    .map(([p, field, value]) => write({ ...p, [field]: value })),
  fc.tuple(validProgress, fc.jsonValue({ maxDepth: 2 })).map(([p, extra]) => write({ ...p, extra })),
);

const invalidJson = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.constantFrom("", "null", "undefined", "NaN", "{", "[", '{"version":', "\u0000", "\ufeff{}", '{"version":3,"state":{}}}'),
  // Valid bytes cut short.
  fc.tuple(validProgress, fc.nat()).map(([p, at]) => {
    const raw = write(p);
    return raw.slice(0, at % raw.length);
  }),
);

const huge = fc.oneof(
  fc.integer({ min: 10_000, max: 300_000 }).map((n) => `[${"1,".repeat(n)}1]`),
  fc.tuple(validProgress, fc.integer({ min: 51, max: 200_000 })).map(([p, n]) =>
    write({ ...p, orderDrafts: { big: { order: Array.from({ length: n }, () => "a"), updatedAt: 0 } } }),
  ),
  fc.integer({ min: 1000, max: 50_000 }).map((n) => write({ ...emptyProgress(), answers: Object.fromEntries(Array.from({ length: n }, (_, i) => [`a${i}`, {}])) })),
  // Past the size limit: refused before parsing.
  fc.integer({ min: 2_000_001, max: 2_100_000 }).map((n) => `"${"x".repeat(n)}"`),
);

const deep = fc.oneof(
  fc.integer({ min: 100, max: 200_000 }).map((n) => "[".repeat(n) + "]".repeat(n)),
  // Written as text: JSON.stringify itself overflows the stack on such depth.
  fc.integer({ min: 100, max: 100_000 }).map((n) => write({ ...emptyProgress(), recall: "@@deep" }).replace('"@@deep"', '{"a":'.repeat(n) + "{}" + "}".repeat(n))),
  fc.integer({ min: 100, max: 5_000 }).map((n) => `{"version":${savedVersion},"state":${'{"__proto__":'.repeat(n)}{}${"}".repeat(n)}}`),
);

const markupPayload = fc
  .tuple(validProgress, fc.constantFrom(...markup))
  .map(([p, m]) => write({ ...p, answers: { ...p.answers, [m]: Object.values(p.answers)[0] ?? {} }, recall: { ...p.recall, "recall-readiness": { ...(Object.values(p.recall)[0] ?? {}), draft: m } } }));

/** Bytes that may or may not be readable progress; most are hostile. */
export const anyPayload: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: invalidJson },
  { weight: 4, arbitrary: wrongTypes },
  { weight: 1, arbitrary: huge },
  { weight: 1, arbitrary: deep },
  { weight: 3, arbitrary: pollutedPayload },
  { weight: 2, arbitrary: markupPayload },
  { weight: 2, arbitrary: validProgress.map((p) => write(p)) },
  { weight: 1, arbitrary: olderProgress.map((o) => o.raw) },
);

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const cleanPrototypes = prototypes.map((p) => Object.getOwnPropertyNames(p).sort().join());

/** Fails if a payload reached a built-in prototype. */
export function expectPrototypesClean() {
  prototypes.forEach((p, i) => expect(Object.getOwnPropertyNames(p).sort().join()).toBe(cleanPrototypes[i]));
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
}

/** Every object in read progress is a plain object or array: no smuggled prototype. */
export function expectPlainData(value: unknown) {
  if (value === null || typeof value !== "object") return;
  expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(value));
  for (const v of Object.values(value)) expectPlainData(v);
}
