// From raw search hits to what the learner sees: one result per section, at the lowest altitude
// whose text matches, with a snippet around the first match split into plain and marked parts.
import type { SearchDoc } from "./options";

export type Hit = SearchDoc & { score: number; terms: string[] };
export type Result = Omit<Hit, "text"> & { snippet: { text: string; mark: boolean }[] };

const order = { junior: 0, middle: 1, senior: 2 } as const;

export function toResults(hits: readonly Hit[], limit = 20): Result[] {
  const best = new Map<string, Hit>();
  for (const hit of hits) {
    const key = `${hit.track}/${hit.piece}#${hit.sectionId}`;
    const known = best.get(key);
    if (!known || order[hit.tier] < order[known.tier]) best.set(key, known ? { ...hit, score: Math.max(hit.score, known.score) } : hit);
  }
  return [...best.values()]
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ text, ...rest }) => ({ ...rest, snippet: snippet(text, rest.terms) }));
}

export function snippet(text: string, terms: readonly string[], radius = 70): { text: string; mark: boolean }[] {
  const lower = text.toLowerCase();
  const positions = terms.map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0);
  const first = positions.length ? Math.min(...positions) : 0;
  const start = Math.max(0, first - radius);
  const end = Math.min(text.length, first + radius * 2);
  const piece = `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`;
  if (terms.length === 0) return [{ text: piece, mark: false }];
  const pattern = new RegExp(`(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "gi");
  return piece
    .split(pattern)
    .filter((part) => part !== "")
    .map((part) => ({ text: part, mark: terms.some((t) => t.toLowerCase() === part.toLowerCase()) }));
}
