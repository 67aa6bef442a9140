// The learner's state: one zustand store of typed slices. Progress is persisted (versioned, validated);
// notices live for the visit only.
import { useStore } from "zustand";
import { persist, type PersistStorage } from "zustand/middleware";
import { createStore } from "zustand/vanilla";
import type { Tier } from "../course/tiers";
import type { Verdict } from "../exercises/kind";
import { exerciseFingerprint, gradedKind, type Exercise, type GradedExercise } from "../exercises/kinds";
import { sameMembers } from "../exercises/shuffle";
import { mergeProgress } from "./merge";
import type { AnswerRecord, Preferences, Progress, RecallRecord, ReviewAttempt, SavedCard } from "./saved";
import { defaultPreferences, savedVersion, type Grade } from "./savedFormat";
import { progressKey, progressStorage, type StorageNotice } from "./storage";

export type Notice = StorageNotice & { id: number };

export type ShortcutAction = keyof Preferences["shortcuts"]["keys"];

type PreferenceActions = {
  chooseTier: (tier: Tier, now?: number) => void;
  setShortcutsEnabled: (enabled: boolean, now?: number) => void;
  rebindShortcut: (action: ShortcutAction, key: string, now?: number) => void;
  resetShortcuts: (now?: number) => void;
  rememberPlace: (place: NonNullable<Preferences["lastPlace"]>) => void;
};

type ReviewActions = {
  saveReview: (piece: string, attempt: ReviewAttempt) => void;
  /** Grades a review question through its kind and records it in the piece's attempt. */
  answerReview: (piece: string, exercise: GradedExercise, chosen: string[], now?: number) => Verdict | null;
};

type TransferActions = {
  /** Takes progress from elsewhere (an import, another tab): merged record by record, or replacing all. */
  receive: (incoming: Progress, mode: "merge" | "replace") => void;
};

type ProgressActions = {
  /**
   * Grades a response through the exercise's kind and records it: the first attempt is kept, the latest
   * replaces the one before. The exercise is its answer key; views never hand over a verdict.
   */
  answer: (exercise: GradedExercise, response: string[], now?: number) => Verdict;
  /** Shows the answer, on the learner's request after a wrong attempt. */
  reveal: (exercise: GradedExercise, now?: number) => void;
  /** Clears the choice so the learner can answer again; the attempts made stay recorded. */
  retry: (exerciseId: string, now?: number) => void;
  setOrderDraft: (exerciseId: string, order: string[], now?: number) => void;
  setRecallDraft: (exerciseId: string, draft: string, now?: number) => void;
  revealRecall: (exerciseId: string, revealed: boolean, now?: number) => void;
  toggleKeyPoint: (exerciseId: string, index: number, now?: number) => void;
  gradeRecall: (exerciseId: string, grade: Grade, card: SavedCard, now?: number) => void;
  /** Drops saved answers whose exercise changed what can be chosen. */
  dropStale: (exercises: readonly Exercise[]) => void;
};

type NoticeSlice = { notices: Notice[]; notify: (n: StorageNotice) => void; dismiss: (id: number) => void };

/** The app's own status, for the visit only: whether it works offline and whether an update waits. */
type AppSlice = {
  app: { offlineReady: boolean; online: boolean; updateWaiting: boolean };
  setApp: (change: Partial<AppSlice["app"]>) => void;
};

export type ProgressState = Progress & ProgressActions & PreferenceActions & ReviewActions & TransferActions & NoticeSlice & AppSlice;

/** The persisted part of the state. */
export function snapshot(s: Progress): Progress {
  return { preferences: s.preferences, reviews: s.reviews, answers: s.answers, orderDrafts: s.orderDrafts, recall: s.recall };
}

function emptyRecall(now: number): RecallRecord {
  return { draft: "", revealed: false, checked: [], card: null, reviews: [], lastAttempt: null, updatedAt: now };
}

let noticeId = 0;

export function createProgressStore(getStorage: () => Storage | undefined = () => globalThis.localStorage) {
  const created = createStore<ProgressState>()(
    persist(
      (set, get) => {
        const updateRecall = (id: string, now: number, change: (r: RecallRecord) => Partial<RecallRecord>) =>
          set((s) => {
            const current = s.recall[id] ?? emptyRecall(now);
            return { recall: { ...s.recall, [id]: { ...current, ...change(current), updatedAt: now } } };
          });
        return {
          preferences: defaultPreferences(),
          reviews: {},
          saveReview: (piece, attempt) => set((s) => ({ reviews: { ...s.reviews, [piece]: attempt } })),
          answerReview: (piece, exercise, chosen, now = Date.now()) => {
            const attempt = get().reviews[piece];
            if (!attempt || !attempt.questionIds.includes(exercise.id) || attempt.answers[exercise.id]) return null;
            const verdict = gradedKind(exercise).grade(exercise, chosen);
            const answers = { ...attempt.answers, [exercise.id]: { chosen, correct: verdict.correct } };
            set((s) => ({ reviews: { ...s.reviews, [piece]: { ...attempt, answers, updatedAt: now } } }));
            return verdict;
          },
          answers: {},
          orderDrafts: {},
          recall: {},
          chooseTier: (tier, now = Date.now()) => set((s) => ({ preferences: { ...s.preferences, tier, updatedAt: now } })),
          setShortcutsEnabled: (enabled, now = Date.now()) =>
            set((s) => ({ preferences: { ...s.preferences, shortcuts: { ...s.preferences.shortcuts, enabled }, updatedAt: now } })),
          rebindShortcut: (action, key, now = Date.now()) =>
            set((s) => ({
              preferences: { ...s.preferences, shortcuts: { ...s.preferences.shortcuts, keys: { ...s.preferences.shortcuts.keys, [action]: key } }, updatedAt: now },
            })),
          resetShortcuts: (now = Date.now()) => set((s) => ({ preferences: { ...s.preferences, shortcuts: defaultPreferences().shortcuts, updatedAt: now } })),
          rememberPlace: (place) => set((s) => ({ preferences: { ...s.preferences, lastPlace: place, updatedAt: Math.max(s.preferences.updatedAt, place.at) } })),
          receive: (incoming, mode) => set((s) => (mode === "replace" ? incoming : mergeProgress(snapshot(s), incoming))),
          notices: [],
          app: { offlineReady: false, online: true, updateWaiting: false },
          setApp: (change) => set((s) => ({ app: { ...s.app, ...change } })),
          notify: (n) => set((s) => ({ notices: [...s.notices, { ...n, id: ++noticeId }] })),
          dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
          answer: (exercise, response, now = Date.now()) => {
            const verdict = gradedKind(exercise).grade(exercise, response);
            const attempt = { response, correct: verdict.correct, score: verdict.score, at: now };
            set((s) => {
              const fingerprint = exerciseFingerprint(exercise);
              const previous = s.answers[exercise.id];
              const keep = previous && previous.fingerprint === fingerprint ? previous : null;
              const record: AnswerRecord = {
                kind: exercise.kind,
                fingerprint,
                first: keep?.first ?? attempt,
                latest: attempt,
                attempts: (keep?.attempts ?? 0) + 1,
                rightAt: keep?.rightAt ?? (verdict.correct ? now : null),
                revealedAt: keep?.revealedAt ?? null,
                retrying: false,
                updatedAt: now,
              };
              return { answers: { ...s.answers, [exercise.id]: record } };
            });
            return verdict;
          },
          reveal: (exercise, now = Date.now()) =>
            set((s) => {
              const previous = s.answers[exercise.id];
              if (!previous || previous.fingerprint !== exerciseFingerprint(exercise)) return {};
              return { answers: { ...s.answers, [exercise.id]: { ...previous, revealedAt: previous.revealedAt ?? now, retrying: false, updatedAt: now } } };
            }),
          retry: (exerciseId, now = Date.now()) =>
            set((s) => {
              const previous = s.answers[exerciseId];
              if (!previous) return {};
              return { answers: { ...s.answers, [exerciseId]: { ...previous, retrying: true, updatedAt: now } } };
            }),
          setOrderDraft: (exerciseId, order, now = Date.now()) => set((s) => ({ orderDrafts: { ...s.orderDrafts, [exerciseId]: { order, updatedAt: now } } })),
          setRecallDraft: (id, draft, now = Date.now()) => updateRecall(id, now, () => ({ draft })),
          revealRecall: (id, revealed, now = Date.now()) => updateRecall(id, now, () => ({ revealed })),
          toggleKeyPoint: (id, index, now = Date.now()) =>
            updateRecall(id, now, (r) => ({ checked: r.checked.includes(index) ? r.checked.filter((i) => i !== index) : [...r.checked, index].sort((a, b) => a - b) })),
          // The graded attempt is kept as the last one; the next attempt starts blank, with the key points hidden.
          gradeRecall: (id, grade, card, now = Date.now()) =>
            updateRecall(id, now, (r) => ({
              card,
              reviews: [...r.reviews, { at: now, grade }].slice(-500),
              lastAttempt: { text: r.draft, checked: r.checked, grade, at: now },
              draft: "",
              revealed: false,
              checked: [],
            })),
          dropStale: (exercises) => {
            const { answers, orderDrafts } = get();
            const stale = exercises.filter((e) => answers[e.id] && answers[e.id]?.fingerprint !== exerciseFingerprint(e)).map((e) => e.id);
            const staleDrafts = exercises
              .filter((e) => e.kind === "order" && orderDrafts[e.id] && !sameMembers(orderDrafts[e.id]?.order ?? [], e.steps.map((st) => st.id)))
              .map((e) => e.id);
            if (stale.length === 0 && staleDrafts.length === 0) return;
            set((s) => ({
              answers: Object.fromEntries(Object.entries(s.answers).filter(([k]) => !stale.includes(k))),
              orderDrafts: Object.fromEntries(Object.entries(s.orderDrafts).filter(([k]) => !staleDrafts.includes(k))),
            }));
          },
        };
      },
      {
        name: progressKey,
        version: savedVersion,
        skipHydration: true,
        storage: afterRead(progressStorage(getStorage, (n) => created.getState().notify(n)), (): boolean => created.persist.hasHydrated()),
        partialize: (s) => snapshot(s) as ProgressState,
        merge: (persisted, current) => ({ ...current, ...(persisted as Progress) }),
      },
    ),
  );
  return created;
}

/**
 * Writes only once the saved progress has been read. persist saves on every change, and a change made
 * earlier (a notice, the app's offline status) would otherwise replace the learner's progress with the
 * empty state (test/hostile/store.test.ts). A migrated format is written back at the next change.
 */
function afterRead<S>(storage: PersistStorage<S>, read: () => boolean): PersistStorage<S> {
  return { ...storage, setItem: (name, value) => (read() ? storage.setItem(name, value) : undefined) };
}

// The app's one store. Saved progress is read after the first render, so the prerendered page hydrates as is.
export const store = createProgressStore(() => (typeof window === "undefined" ? undefined : window.localStorage));

export function useProgress<T>(selector: (state: ProgressState) => T): T {
  return useStore(store, selector);
}
