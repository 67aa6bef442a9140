// Saved progress is read once, after the first render has hydrated the prerendered page.
import { useEffect, useState } from "react";
import { store } from "./store";

let started = false;

export function hydrateProgress(): void {
  if (started) return;
  started = true;
  void store.persist.rehydrate();
}

export function useProgressHydrated(): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    hydrateProgress();
    if (store.persist.hasHydrated()) setDone(true);
    return store.persist.onFinishHydration(() => setDone(true));
  }, []);
  return done;
}
