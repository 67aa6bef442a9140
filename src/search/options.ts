// How the search index is built (at build time) and read (in the browser): one set of options for both.
export const searchFields = ["sectionTitle", "text"];
export const storeFields = ["track", "piece", "pieceTitle", "sectionId", "sectionTitle", "tier", "text"];

export const searchOptions = {
  boost: { sectionTitle: 2 },
  prefix: true,
  fuzzy: 0.15,
  combineWith: "AND" as const,
};

export type SearchDoc = {
  id: string;
  track: string;
  piece: string;
  pieceTitle: string;
  sectionId: string;
  sectionTitle: string;
  tier: "junior" | "middle" | "senior";
  text: string;
};
