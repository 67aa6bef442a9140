// The course as the app sees it: the index built from the content folder, plus its page-data functions.
import { pieceLoaders, tracks } from "virtual:course";

export { tracks, pieceLoaders };
export * from "./outline";
export * from "./pages";
export * from "./tiers";
export type { Source } from "./schema";
