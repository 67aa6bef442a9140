// Page data from the course index: where a piece sits, what it shows at an altitude, how long it reads.
import type { ExerciseSummary, PieceMeta, SectionMeta, TrackMeta } from "./outline";
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

export function sectionsAt(piece: { sections: SectionMeta[] }, tier: Tier): SectionMeta[] {
  return piece.sections.filter((s) => s.tiers.includes(tier));
}

export function findSection(piece: { sections: SectionMeta[] }, id: string): SectionMeta | null {
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

// Page data: everything the page around a piece's text needs, from the course index, shared by the
// prerender (its head and its markup) and the browser (which reads it from the page, or fetches it
// when it moves to another address).

export type PieceLink = { track: string; slug: string; title: string };

/** A block of the text, in reading order: prose, or the index of one of the page's islands. */
export type LayoutBlock = "prose" | number;

/** A part of the app inside the text: an exercise or a simulator, with the attributes its tag was given. */
export type Island = { name: string; props: Record<string, string> };

export type Head = { title: string; description: string };

export type PiecePageData = {
  kind: "piece";
  head: Head;
  track: { slug: string; title: string };
  piece: { track: string; slug: string; title: string; crux: string; review: boolean };
  tier: Tier;
  /** The address named the altitude (an instructor's or a review's link), rather than leaving it to the learner. */
  pinned: boolean;
  /** The address named an altitude that does not exist; `tier` is the one shown instead. */
  unknownTier?: string;
  readingMinutes: number;
  /** Every section of the piece, with the altitudes that show it (for links to sections another altitude shows). */
  sections: SectionMeta[];
  /** The exercises at this altitude, for the progress line. */
  exercises: Pick<ExerciseSummary, "id" | "kind">[];
  previous: PieceLink | null;
  next: PieceLink | null;
  islands: Island[];
  layout: LayoutBlock[];
};

export type ClimbPiece = PieceLink & {
  summary: string;
  review: boolean;
  minutes: Record<Tier, number>;
  exercises: ExerciseSummary[];
  sections: Pick<SectionMeta, "id" | "title">[];
};

export type ClimbPageData = {
  kind: "climb";
  head: Head;
  tracks: { slug: string; title: string; summary: string; pieces: ClimbPiece[] }[];
};

/** `pieces`: every piece there is, so that the page can tell an altitude that does not exist from a piece that does not. */
export type NotFoundPageData = { kind: "not-found"; head: Head; path: string; pieces: string[] };

/** The sandbox page: everything on it is the learner's, so its data is only its head. */
export type SandboxPageData = { kind: "sandbox"; head: Head };

export type PageData = PiecePageData | ClimbPageData | NotFoundPageData | SandboxPageData;

const siteName = "Seams";
const tierTitles: Record<Tier, string> = { junior: "Junior", middle: "Middle", senior: "Senior" };

const linkTo = (p: PieceMeta | null): PieceLink | null => (p ? { track: p.track, slug: p.slug, title: p.title } : null);

/** A piece at an altitude; `layout` and `islands` are filled in once its text is rendered. */
export function piecePage(tracks: readonly TrackMeta[], track: TrackMeta, piece: PieceMeta, tier: Tier, address: { pinned: boolean; unknownTier?: string }): PiecePageData {
  const { previous, next } = neighbours(tracks, { track: piece.track, piece: piece.slug });
  return {
    kind: "piece",
    head: { title: `${piece.title} (${tierTitles[tier]}) · ${siteName}`, description: piece.summary },
    track: { slug: track.slug, title: track.title },
    piece: { track: piece.track, slug: piece.slug, title: piece.title, crux: piece.crux, review: piece.review },
    tier,
    pinned: address.pinned,
    ...(address.unknownTier !== undefined ? { unknownTier: address.unknownTier } : {}),
    readingMinutes: readingMinutes(piece, tier),
    sections: piece.sections,
    exercises: exercisesAt(piece, tier).map((e) => ({ id: e.id, kind: e.kind })),
    previous: linkTo(previous),
    next: linkTo(next),
    islands: [],
    layout: [],
  };
}

export function climbPage(tracks: readonly TrackMeta[]): ClimbPageData {
  return {
    kind: "climb",
    head: { title: `The climb · ${siteName}`, description: "An interactive course on how deployments fail in the seams between their stages." },
    tracks: tracks.map((track) => ({
      slug: track.slug,
      title: track.title,
      summary: track.summary,
      pieces: track.pieces.map((p) => ({
        track: p.track,
        slug: p.slug,
        title: p.title,
        summary: p.summary,
        review: p.review,
        minutes: { junior: readingMinutes(p, "junior"), middle: readingMinutes(p, "middle"), senior: readingMinutes(p, "senior") },
        exercises: p.exercises,
        sections: p.sections.map((s) => ({ id: s.id, title: s.title })),
      })),
    })),
  };
}

export function notFoundPage(tracks: readonly TrackMeta[], path: string): NotFoundPageData {
  const pieces = tracks.flatMap((track) => track.pieces.map((p) => pieceKey({ track: p.track, piece: p.slug })));
  return { kind: "not-found", head: { title: `Nothing at this address · ${siteName}`, description: "This page does not exist." }, path, pieces };
}

export function sandboxPage(): SandboxPageData {
  return {
    kind: "sandbox",
    head: {
      title: `Try your own Deployment · ${siteName}`,
      description: "Paste a Kubernetes Deployment: it is simulated under load, and you are told which seam fails and the smallest change that fixes it.",
    },
  };
}
