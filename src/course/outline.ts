// What a piece looks like from the outside: its sections and how much there is to read at each altitude.
import type { Source } from "./schema";
import type { Tier } from "./tiers";

export type SectionMeta = {
  id: string;
  title: string;
  depth: 2 | 3;
  /** The altitudes at which the section's heading is shown. */
  tiers: Tier[];
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
  /** Exercise ids shown at each altitude, in reading order. */
  exercises: Record<Tier, string[]>;
};

export type TrackMeta = {
  slug: string;
  title: string;
  summary: string;
  pieces: PieceMeta[];
};

export const leadSectionId = "top";
