declare module "virtual:course" {
  /** The course index, for rendering pages (the prerender and the development server). */
  export const tracks: import("./outline").TrackMeta[];
}

declare module "virtual:piece-text" {
  /** Each piece's text at each altitude, compiled from MDX; rendered to HTML, never shipped to the browser. */
  export const pieceText: Record<string, Record<import("./tiers").Tier, () => Promise<{ default: import("react").ComponentType<{ components?: Record<string, unknown> }> }>>>;
}

declare module "virtual:piece-parts" {
  /** Each piece's questions and answer key at each altitude, fetched by the page when they are needed. */
  export const pieceParts: Record<
    string,
    Record<
      import("./tiers").Tier,
      { questions: () => Promise<{ default: import("../exercises/kinds").Question[] }>; key: () => Promise<{ default: import("../exercises/kinds").Exercise[] }> }
    >
  >;
}

declare module "virtual:search-index" {
  /** A MiniSearch index, serialized at build time. */
  export const serialized: string;
}
