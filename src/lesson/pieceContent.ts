// Loads a piece's compiled parts for one altitude once, and hands them to React synchronously when they
// are already there, so that a prerendered page hydrates without a fallback. A piece at an altitude is
// two parts: the head hydrates first; the rest loads after, while its prerendered text stays on screen.
import type { ComponentType } from "react";
import { pieceLoaders, tiers, type Tier } from "../course";
import type { Exercise, Question } from "../exercises/kinds";

export type Part = "head" | "rest";

export type PieceModule = {
  Content: ComponentType<{ components?: Record<string, unknown> }>;
  questions: Question[];
  loadKey: () => Promise<Exercise[]>;
};
type Tracked = Promise<PieceModule> & { status?: "pending" | "fulfilled" | "rejected"; value?: PieceModule; reason?: unknown };

const cache = new Map<string, Tracked>();

export function preloadPiece(key: string, tier: Tier, part: Part = "head"): Promise<PieceModule> {
  const cacheKey = `${key}/${tier}/${part}`;
  const existing = cache.get(cacheKey);
  if (existing) return existing;
  const loader = pieceLoaders[key]?.[tier]?.[part];
  if (!loader) return Promise.reject(new Error(`No piece ${key}`));
  const promise = loader().then((m) => ({ Content: m.default, questions: m.questions, loadKey: () => m.loadKey().then((k) => k.default) })) as Tracked;
  promise.status = "pending";
  promise.then(
    (value) => Object.assign(promise, { status: "fulfilled", value }),
    (reason: unknown) => {
      Object.assign(promise, { status: "rejected", reason });
      cache.delete(cacheKey);
    },
  );
  cache.set(cacheKey, promise);
  return promise;
}

/** Fetches the other altitudes in the background, so that switching is instant. */
export function prefetchOtherTiers(key: string, tier: Tier): void {
  for (const other of tiers) {
    if (other === tier) continue;
    preloadPiece(key, other, "head").catch(() => undefined);
    preloadPiece(key, other, "rest").catch(() => undefined);
  }
}

export function usePieceModule(key: string, tier: Tier, part: Part = "head"): PieceModule {
  const promise = preloadPiece(key, tier, part) as Tracked;
  if (promise.status === "fulfilled" && promise.value) return promise.value;
  // Suspends the nearest boundary until the part has loaded (React 18 reads a thrown promise). While the
  // page hydrates, React keeps the prerendered text of a suspended boundary on screen.
  throw promise;
}
