// What a piece looks like from the outside: its sections and how much there is to read at each altitude.
import type { ExerciseKind } from "../exercises/kindNames";
import type { Source } from "./schema";
import type { Tier } from "./tiers";

export type SectionMeta = {
  id: string;
  title: string;
  depth: 2 | 3;
  /** The altitudes at which the section's heading is shown. */
  tiers: Tier[];
};

export type ExerciseSummary = {
  id: string;
  kind: ExerciseKind;
  /** The section the exercise sits in, for links to it. */
  sectionId: string;
  tiers: Tier[];
  /** A recall prompt's text, for lists of what is due; empty for other kinds. */
  prompt: string;
};

export type SearchText = { sectionId: string; tier: Tier; text: string };

export type PieceMeta = {
  track: string;
  slug: string;
  title: string;
  crux: string;
  summary: string;
  sources: Source[];
  sections: SectionMeta[];
  /** Words shown at each altitude, prose and code counted apart. */
  words: Record<Tier, { prose: number; code: number }>;
  /** The exercises embedded in the text, in reading order. */
  exercises: ExerciseSummary[];
  /** A scored review of multiple-choice questions rather than a piece to read. */
  review: boolean;
  /** Each altitude's sources, in the order its text first cites them: their numbers at that altitude. */
  citations: Record<Tier, string[]>;
};

export type TrackMeta = {
  slug: string;
  title: string;
  summary: string;
  pieces: PieceMeta[];
};

export const leadSectionId = "top";
