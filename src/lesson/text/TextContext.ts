// What the components of a piece's text need while the page is built: the piece, the altitude, and where to
// leave the parts of the app the text embeds.
import { createContext, useContext } from "react";
import type { Island, PieceMeta, Tier } from "../../course";

export type TextContextValue = {
  piece: PieceMeta;
  tier: Tier;
  /** Takes an island the text embeds and returns its index, which marks its place in the text. */
  embed: (island: Island) => number;
};

export const TextContext = createContext<TextContextValue | null>(null);

export function useText(): TextContextValue {
  const text = useContext(TextContext);
  if (!text) throw new Error("A piece's text was rendered outside a piece.");
  return text;
}
