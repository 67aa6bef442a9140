// The answer key of the exercises on a page: fetched once the page is interactive, kept for the visit.
// It lives outside React's state, like the progress store. Components that show answers subscribe to it,
// and nothing else re-renders when it arrives: in particular no context above text that may still be
// hydrating changes, which would make React drop that text and render it afresh.
import { startTransition, useEffect, useState } from "react";
import type { Exercise } from "../exercises/kinds";
import { whenIdle } from "./whenIdle";

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

/**
 * The key, or null until it has loaded; null in the first render too, as in the prerendered page. It
 * arrives as a transition, so that showing the answers on a long page never holds the main thread.
 */
export function useAnswerKey(source: AnswerKeySource): AnswerKey | null {
  const [held, setHeld] = useState<{ source: AnswerKeySource; key: AnswerKey | null }>({ source, key: null });
  useEffect(() => {
    const update = () => startTransition(() => setHeld({ source, key: source.current() }));
    if (source.current()) update();
    return source.subscribe(update);
  }, [source]);
  return held.source === source ? held.key : null;
}

/** Starts fetching the key when the browser is next idle. */
export function useAnswerKeyWhenIdle(source: AnswerKeySource): void {
  useEffect(() => {
    if (source.current()) return;
    return whenIdle(() => void source.load().catch(() => undefined), { timeout: 2000, fallbackMs: 200 });
  }, [source]);
}
