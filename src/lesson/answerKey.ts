// The answer key of the exercises on the page: fetched once the page is interactive, kept for the visit.
import { startTransition, useEffect, useState } from "react";
import type { Exercise } from "../course/exercises";

const keys = new Map<string, Map<string, Exercise>>();
const pending = new Map<string, Promise<Map<string, Exercise>>>();

export function loadAnswerKey(cacheKey: string, load: () => Promise<Exercise[]>): Promise<Map<string, Exercise>> {
  const known = keys.get(cacheKey);
  if (known) return Promise.resolve(known);
  let promise = pending.get(cacheKey);
  if (!promise) {
    promise = load().then((list) => {
      const map = new Map(list.map((e) => [e.id, e]));
      keys.set(cacheKey, map);
      return map;
    });
    promise.catch(() => pending.delete(cacheKey));
    pending.set(cacheKey, promise);
  }
  return promise;
}

/** The key once loaded (null before); the load starts when the browser is idle after the first render. */
export function useAnswerKey(cacheKey: string, load: () => Promise<Exercise[]>): Map<string, Exercise> | null {
  const [key, setKey] = useState<Map<string, Exercise> | null>(() => keys.get(cacheKey) ?? null);
  useEffect(() => {
    let live = true;
    const start = () =>
      loadAnswerKey(cacheKey, load).then(
        // A transition, so that text still hydrating below is not forced to render afresh.
        (k) => live && startTransition(() => setKey(k)),
        () => undefined,
      );
    const known = keys.get(cacheKey);
    if (known) startTransition(() => setKey(known));
    else if (window.requestIdleCallback) window.requestIdleCallback(() => void start(), { timeout: 2000 });
    else window.setTimeout(() => void start(), 200);
    return () => {
      live = false;
    };
  }, [cacheKey, load]);
  return key;
}
