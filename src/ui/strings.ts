// Every piece of interface text, keyed. Content text lives in the content folder, not here.
const strings = {
  "site.name": "Seams",
  "site.tagline": "How deployments fail between their stages",
  "nav.skip": "Skip to the text",
  "nav.backToClimb": "Back to the climb",
  "nav.climb": "The climb",
  "nav.continue": "Continue the climb",
  "nav.previous": "Previous piece",
  "tier.label": "Your altitude",
  "tier.zero": "Zero",
  "tier.junior": "Junior",
  "tier.middle": "Middle",
  "tier.senior": "Senior",
  "tier.junior.note": "the surface",
  "tier.middle.note": "the mechanisms",
  "tier.senior.note": "the judgement calls",
  "tier.current": "You are at {tier} altitude: {note}",
  "tier.switched": "Now at {tier} altitude. Reading time {minutes} min.",
  "piece.crux": "Crux",
  "piece.readingTime": "{minutes} min read at this altitude",
  "piece.readingTimeShort": "{minutes} min",
  "piece.contents": "On this page",
  "piece.sources": "Sources",
  "piece.sourcesCount": "{count} sources",
  "piece.loading": "Loading the piece…",
  "piece.loadFailed": "This piece could not be loaded. Check your connection and reload the page.",
  "section.copyLink": "Copy link to “{title}” at {tier} altitude",
  "section.copied": "Link copied: {url}",
  "section.copyFailed": "Could not copy. The link is: {url}",
  "section.notAtTier": "The section “{title}” is part of the {target} altitude; you are reading at {tier}.",
  "section.switchTo": "Read at {target} altitude",
  "section.unknown": "This piece has no section “{id}”. Showing the piece from the top.",
  "tierMark.from": "{tier} and up",
  "tierMark.only": "{tier} only",
  "callout.why": "Why this works",
  "callout.pitfall": "Pitfall",
  "callout.note": "Note",
  "cite.label": "Source {n}: {title}",
  "climb.title": "The climb",
  "climb.intro": "Read each piece at the altitude that fits you, from the surface to the judgement calls.",
  "climb.pieces": "{count} pieces",
  "climb.open": "Read",
  "notFound.title": "Nothing at this address",
  "notFound.body": "There is no page at {path}. The link may be mistyped, or the piece may have moved.",
  "notFound.back": "Go to the climb",
  "footer.offline": "Works from any static host.",
  "footer.trademarks": "Trademarks belong to their respective owners. Editorial reference only.",
} as const;

export type StringKey = keyof typeof strings;

/** Looks up an interface string and fills its `{placeholders}`. */
export function t(key: StringKey, values: Record<string, string | number> = {}): string {
  return strings[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function tierName(tier: "junior" | "middle" | "senior"): string {
  return t(`tier.${tier}`);
}
