// The words the prose carries, written into the page's HTML when the build renders it: they never ship as script.
import { dictionary } from "../../ui/strings";

export const t = dictionary({
  "piece.sources": "Sources",
  "cite.label": "Source {n}: {title}",
  "table.scrolls": "Table; scroll it sideways if it is wider than the screen",
  "section.copyLink": "Copy link to “{title}” at {tier} altitude",
});
