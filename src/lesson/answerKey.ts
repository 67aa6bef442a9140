// The answer key of the exercises on a page: fetched when an exercise first needs it (a check, or a saved
// answer to show), kept for the visit. It lives outside React's state, like the progress store: the
// exercises that show answers subscribe to it.
import { useEffect, useState } from "react";
import type { Exercise } from "../exercises/kinds";

export type AnswerKey = ReadonlyMap<string, Exercise>;

export type AnswerKeySource = {
  /** The key once loaded, null before. */
  current: () => AnswerKey | null;
  subscribe: (listener: () => void) => () => void;
  /** Fetches the key if need be. */
  load: () => Promise<AnswerKey>;
};

const sources = new Map<string, AnswerKeySource>();

/** One source per page and altitude (`cacheKey`), so that every part of the page shares one fetch. */
export function answerKeySource(cacheKey: string, fetchKey: () => Promise<Exercise[]>): AnswerKeySource {
  const known = sources.get(cacheKey);
  if (known) return known;
  let key: AnswerKey | null = null;
  let pending: Promise<AnswerKey> | null = null;
  const listeners = new Set<() => void>();
  const source: AnswerKeySource = {
    current: () => key,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load: () => {
      if (key) return Promise.resolve(key);
      pending ??= fetchKey().then(
        (list) => {
          key = new Map(list.map((e) => [e.id, e]));
          listeners.forEach((listener) => listener());
          return key;
        },
        (error: unknown) => {
          pending = null;
          throw error;
        },
      );
      return pending;
    },
  };
  sources.set(cacheKey, source);
  return source;
}

/** A key that is there from the start (tests, and anything rendered with its answers at hand). */
export function answerKeyOf(exercises: Exercise[]): AnswerKeySource {
  const key: AnswerKey = new Map(exercises.map((e) => [e.id, e]));
  return { current: () => key, subscribe: () => () => undefined, load: () => Promise.resolve(key) };
}

/** The key, or null until it has loaded; null in the first render too, as in the prerendered page. */
export function useAnswerKey(source: AnswerKeySource): AnswerKey | null {
  const [held, setHeld] = useState<{ source: AnswerKeySource; key: AnswerKey | null }>({ source, key: null });
  useEffect(() => {
    const update = () => setHeld({ source, key: source.current() });
    if (source.current()) update();
    return source.subscribe(update);
  }, [source]);
  return held.source === source ? held.key : null;
}

/** Fetches the key as soon as `needed` (a saved answer is to be shown); a failure waits for the next attempt. */
export function useAnswerKeyWhen(source: AnswerKeySource, needed: boolean): void {
  useEffect(() => {
    if (needed && !source.current()) void source.load().catch(() => undefined);
  }, [source, needed]);
}
