declare module "virtual:course" {
  export const tracks: import("./outline").TrackMeta[];
  export const pieceLoaders: Record<
    string,
    Record<import("./tiers").Tier, Record<"head" | "rest", () => Promise<import("./questions").PieceModuleExports>>>
  >;
}

declare module "virtual:search-index" {
  /** A MiniSearch index, serialized at build time. */
  export const serialized: string;
}
