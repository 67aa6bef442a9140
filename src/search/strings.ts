// The words of the search dialog, which loads when it is opened.
import { dictionary } from "../ui/strings";

const strings = {
  "search.title": "Search the climb",
  "search.label": "Search every piece, section and altitude",
  "search.loading": "Loading the search index…",
  "search.failed": "Search could not load. Check your connection and try again.",
  "search.retry": "Try again",
  "search.count": "{count} results",
  "search.one": "1 result",
  "search.none": "Nothing matches “{query}”.",
  "search.hint": "Type at least two letters. Arrow keys move through results, Enter opens one, Escape closes.",
  "search.from": "{tier} and up",
  "search.only": "{tier} only",
} as const;

export type SearchStringKey = keyof typeof strings;

export const t = dictionary(strings);
