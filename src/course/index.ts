// The content model as the app sees it: outline types, page data and altitudes. The course index itself
// (virtual:course) is read only where pages are rendered; the browser gets each page's data with the page.
export * from "./outline";
export * from "./pages";
export * from "./tiers";
export type { Source } from "./schema";
