declare module "virtual:course" {
  export const tracks: import("./outline").TrackMeta[];
  export const pieceLoaders: Record<string, () => Promise<{ default: import("react").ComponentType<{ components?: Record<string, unknown> }> }>>;
}

declare module "virtual:search-texts" {
  const texts: (import("./outline").SearchText & { track: string; piece: string })[];
  export default texts;
}
