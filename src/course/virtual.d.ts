declare module "virtual:course" {
  export const tracks: import("./outline").TrackMeta[];
  export const pieceLoaders: Record<
    string,
    Record<
      import("./tiers").Tier,
      () => Promise<{
        default: import("react").ComponentType<{ components?: Record<string, unknown> }>;
        questions: import("./questions").Question[];
        loadKey: () => Promise<{ default: import("./exercises").Exercise[] }>;
      }>
    >
  >;
}

declare module "virtual:search-texts" {
  const texts: (import("./outline").SearchText & { track: string; piece: string })[];
  export default texts;
}
