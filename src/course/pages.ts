// Page data from the course index: where a piece sits, what it shows at an altitude, how long it reads.
import type { PieceMeta, SectionMeta, TrackMeta } from "./outline";
import { tiers, type Tier } from "./tiers";

export type PieceRef = { track: string; piece: string };

export function pieceKey(ref: PieceRef): string {
  return `${ref.track}/${ref.piece}`;
}

export function findPiece(tracks: readonly TrackMeta[], ref: PieceRef): { track: TrackMeta; piece: PieceMeta; index: number } | null {
  const track = tracks.find((t) => t.slug === ref.track);
  if (!track) return null;
  const index = track.pieces.findIndex((p) => p.slug === ref.piece);
  const piece = track.pieces[index];
  return piece ? { track, piece, index } : null;
}

/** Every piece of the climb in reading order, across tracks. */
export function climbOrder(tracks: readonly TrackMeta[]): PieceMeta[] {
  return tracks.flatMap((t) => t.pieces);
}

export function neighbours(tracks: readonly TrackMeta[], ref: PieceRef): { previous: PieceMeta | null; next: PieceMeta | null } {
  const all = climbOrder(tracks);
  const i = all.findIndex((p) => p.track === ref.track && p.slug === ref.piece);
  if (i < 0) return { previous: null, next: null };
  return { previous: all[i - 1] ?? null, next: all[i + 1] ?? null };
}

export function sectionsAt(piece: PieceMeta, tier: Tier): SectionMeta[] {
  return piece.sections.filter((s) => s.tiers.includes(tier));
}

export function findSection(piece: PieceMeta, id: string): SectionMeta | null {
  return piece.sections.find((s) => s.id === id) ?? null;
}

/** The lowest altitude that shows a section, for offering a switch. */
export function lowestTierShowing(section: SectionMeta): Tier {
  return tiers.find((t) => section.tiers.includes(t)) ?? "junior";
}

/** Reading pace for technical prose and for code, in words per minute. */
export const readingPace = { prose: 200, code: 60 } as const;
/** Minutes an exercise asks for: reading it, answering, and reading the explanation. */
export const exerciseMinutes = 1;

export function exercisesAt(piece: PieceMeta, tier: Tier): PieceMeta["exercises"] {
  return piece.exercises.filter((e) => e.tiers.includes(tier));
}

export function readingMinutes(piece: PieceMeta, tier: Tier): number {
  const words = piece.words[tier];
  const minutes = words.prose / readingPace.prose + words.code / readingPace.code + exercisesAt(piece, tier).length * exerciseMinutes;
  return Math.max(1, Math.round(minutes));
}
