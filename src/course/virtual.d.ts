declare module "virtual:course" {
  export const tracks: import("./outline").TrackMeta[];
  export const pieceLoaders: Record<
    string,
    Record<import("./tiers").Tier, Record<"head" | "rest", () => Promise<import("./questions").PieceModuleExports>>>
  >;
}

declare module "virtual:search-texts" {
  const texts: (import("./outline").SearchText & { track: string; piece: string })[];
  export default texts;
}
