// Saved progress is read once, after the first render has hydrated the prerendered page.
import { startTransition, useEffect, useState } from "react";
import { store } from "./store";
import { followOtherTabs } from "./tabs";

let started = false;

export function hydrateProgress(): void {
  if (started) return;
  started = true;
  void store.persist.rehydrate();
  followOtherTabs(store);
}

export function useProgressHydrated(): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    hydrateProgress();
    // Transitions, so that parts of the page still hydrating are not forced to render afresh.
    const done = () => startTransition(() => setDone(true));
    if (store.persist.hasHydrated()) done();
    return store.persist.onFinishHydration(done);
  }, []);
  return done;
}
