// Saved progress is read once, after the first render has hydrated the prerendered page.
import { startTransition, useEffect, useState, useSyncExternalStore } from "react";
import { store, type ProgressState } from "./store";
import { followOtherTabs } from "./tabs";

let started = false;
/** When this page's code started: a record written since then is this visit's own. */
const visitStart = Date.now();
/** Reading has ended, read or not: when the reader could not be fetched, the page shows what this visit holds. */
let settled = false;
const waiting = new Set<() => void>();

export function hydrateProgress(): void {
  if (started) return;
  started = true;
  void store.persist.rehydrate().then(() => {
    settled = true;
    waiting.forEach((done) => done());
  });
  followOtherTabs(store);
}

export function useProgressHydrated(): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    hydrateProgress();
    // Transitions, so that parts of the page still hydrating are not forced to render afresh.
    const done = () => startTransition(() => setDone(true));
    if (settled || store.persist.hasHydrated()) done();
    waiting.add(done);
    const stop = store.persist.onFinishHydration(done);
    return () => {
      waiting.delete(done);
      stop();
    };
  }, []);
  return done;
}

/**
 * The record a part shows: before saved progress is read, only one written during this visit (what the
 * learner just typed or chose), so that the first render matches the prerendered page and nothing the learner
 * does meanwhile is drawn over; once it is read, whatever is saved.
 */
function shownRecord<T extends { updatedAt: number }>(hydrated: boolean, record: T | undefined): T | undefined {
  return hydrated || (record && record.updatedAt >= visitStart) ? record : undefined;
}

/**
 * The learner's record that `select` picks, as a part shows it (`shownRecord`). While React hydrates the part
 * over its prerendered markup it shows none, as the markup does: a record of this visit may already be there
 * (another tab's answer), and is shown in the render right after.
 */
export function useShownRecord<T extends { updatedAt: number }>(select: (state: ProgressState) => T | undefined): T | undefined {
  const hydrated = useProgressHydrated();
  return useSyncExternalStore(
    store.subscribe,
    () => shownRecord(hydrated, select(store.getState())),
    () => undefined,
  );
}
