// The learner's state: one zustand store of typed slices. Progress is persisted (versioned, validated);
// notices live for the visit only. What the exercises do to it (answering, retrying, recalling) is written
// beside it, in src/progress/exercises.ts, and ships with the exercises.
import { useSyncExternalStore } from "react";
import { persist, type PersistStorage } from "zustand/middleware";
import { createStore } from "zustand/vanilla";
import type { Tier } from "../course/tiers";
import { mergeProgress } from "./merge";
import type { Preferences, Progress } from "./saved";
import { defaultPreferences, savedVersion } from "./savedFormat";
import { progressKey, progressStorage, type StorageNotice } from "./storage";

export type ProgressStore = ReturnType<typeof createProgressStore>;

export type Notice = StorageNotice & { id: number };

export type ShortcutAction = keyof Preferences["shortcuts"]["keys"];

type PreferenceActions = {
  chooseTier: (tier: Tier, now?: number) => void;
  setShortcutsEnabled: (enabled: boolean, now?: number) => void;
  rebindShortcut: (action: ShortcutAction, key: string, now?: number) => void;
  resetShortcuts: (now?: number) => void;
  rememberPlace: (place: NonNullable<Preferences["lastPlace"]>) => void;
};

type TransferActions = {
  /** Takes progress from elsewhere (an import, another tab): merged record by record, or replacing all. */
  receive: (incoming: Progress, mode: "merge" | "replace", now?: number) => void;
};

type NoticeSlice = { notices: Notice[]; notify: (n: StorageNotice) => void; dismiss: (id: number) => void };

/** The app's own status, for the visit only: whether it works offline and whether an update waits. */
type AppSlice = {
  app: { offlineReady: boolean; online: boolean; updateWaiting: boolean };
  setApp: (change: Partial<AppSlice["app"]>) => void;
};

export type ProgressState = Progress & PreferenceActions & TransferActions & NoticeSlice & AppSlice;

/** The persisted part of the state. */
export function snapshot(s: Progress): Progress {
  const saved: Progress = { preferences: s.preferences, reviews: s.reviews, answers: s.answers, orderDrafts: s.orderDrafts, recall: s.recall };
  if (s.sandbox) saved.sandbox = s.sandbox;
  return saved;
}

let noticeId = 0;

export function createProgressStore(getStorage: () => Storage | undefined = () => globalThis.localStorage) {
  const saved = progressStorage(
    getStorage,
    (n) => created.getState().notify(n),
    (progress) => created.setState(progress),
  );
  const created = createStore<ProgressState>()(
    persist(
      (set) => {
        return {
          preferences: defaultPreferences(),
          reviews: {},
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
          receive: (incoming, mode, now = Date.now()) => {
            // Replaced progress is marked, so that other tabs holding the old progress take the new one.
            if (mode === "replace") saved.markReplaced(now);
            set((s) => (mode === "replace" ? incoming : mergeProgress(snapshot(s), incoming)));
          },
          notices: [],
          app: { offlineReady: false, online: true, updateWaiting: false },
          setApp: (change) => set((s) => ({ app: { ...s.app, ...change } })),
          notify: (n) => set((s) => ({ notices: [...s.notices, { ...n, id: ++noticeId }] })),
          dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
        };
      },
      {
        name: progressKey,
        version: savedVersion,
        skipHydration: true,
        storage: afterRead(saved, (): boolean => created.persist.hasHydrated()),
        partialize: (s) => snapshot(s) as ProgressState,
        // What the learner did before saved progress was read (an answer given while the reader was still
        // loading) is merged with it, record by record, not replaced by it.
        merge: (persisted, current) => (persisted ? { ...current, ...mergeProgress(persisted as Progress, snapshot(current)) } : current),
      },
    ),
  );
  return Object.assign(created, { saved });
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

/**
 * A part of the learner's state, kept up to date. A part of the page that takes over its markup later than the
 * page (an island) starts from the state as it is then, not as it was when the page was built: what it shows
 * of saved progress waits for `useShownRecord` anyway, and starting from the same state spares it a render
 * that would set its fields back to their first values under the learner's hand.
 */
export function useProgress<T>(selector: (state: ProgressState) => T): T {
  return useSyncExternalStore(
    store.subscribe,
    () => selector(store.getState()),
    () => selector(typeof window === "undefined" ? store.getInitialState() : store.getState()),
  );
}
