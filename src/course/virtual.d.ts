declare module "virtual:course" {
  export const tracks: import("./outline").TrackMeta[];
  export const pieceLoaders: Record<
    string,
    Record<import("./tiers").Tier, Record<"head" | "rest", () => Promise<{ default: import("react").ComponentType<{ components?: Record<string, unknown> }>; questions: import("../exercises/kinds").Question[]; loadKey: () => Promise<{ default: import("../exercises/kinds").Exercise[] }> }>>>
  >;
}

declare module "virtual:search-index" {
  /** A MiniSearch index, serialized at build time. */
  export const serialized: string;
}
