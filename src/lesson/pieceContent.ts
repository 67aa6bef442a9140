// Loads a piece's compiled text once and hands it to React synchronously when it is already there,
// so that a prerendered page hydrates without a fallback.
import type { ComponentType } from "react";
import { pieceLoaders } from "../course";

type Content = ComponentType<{ components?: Record<string, unknown> }>;
type Tracked = Promise<Content> & { status?: "pending" | "fulfilled" | "rejected"; value?: Content; reason?: unknown };

const cache = new Map<string, Tracked>();

export function preloadPiece(key: string): Promise<Content> {
  const existing = cache.get(key);
  if (existing) return existing;
  const loader = pieceLoaders[key];
  if (!loader) return Promise.reject(new Error(`No piece ${key}`));
  const promise = loader().then((m) => m.default) as Tracked;
  promise.status = "pending";
  promise.then(
    (value) => Object.assign(promise, { status: "fulfilled", value }),
    (reason: unknown) => {
      Object.assign(promise, { status: "rejected", reason });
      cache.delete(key);
    },
  );
  cache.set(key, promise);
  return promise;
}

export function usePieceContent(key: string): Content {
  const promise = preloadPiece(key) as Tracked;
  if (promise.status === "fulfilled" && promise.value) return promise.value;
  // Suspends the nearest boundary until the text has loaded (React 18 reads a thrown promise).
  throw promise;
}
