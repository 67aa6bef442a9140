// The interface text of the page itself, keyed. The parts of the app that load later (the exercises, the
// simulator, search, the shortcuts dialog, the climb page, the offline status, the notices an address calls
// for, the not-found and failed pages) keep their own words in dictionaries of the same kind beside them,
// looked up the same way, so that a page ships only the words it shows. Content text lives in the content
// folder, not here.
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
  "piece.readingTimeAt": "{minutes} min at {tier} altitude",
  "piece.contents": "On this page",
  "contents.start": "On this page: {count} sections",
  "island.failed": "This exercise could not be loaded, so it cannot check answers yet. Check the connection and try again; the text is all here.",
  "island.simulatorFailed": "The simulation could not be loaded. Check the connection and try again; the text is all here.",
  "island.retry": "Try again",
  "section.copied": "Link copied: {url}",
  "section.copyFailed": "Could not copy. The link is: {url}",
  "tierMark.from": "{tier} and up",
  "tierMark.only": "{tier} only",
  "progress.summary": "Exercises at this altitude: {done} of {total} done",
  "progress.piece": "{done} of {total} exercises done at {tier} altitude",
  "progress.firstTry": "{count} right at the first attempt",
  "progress.afterRetries": "{count} after retries",
  "progress.revealed": "{count} with the answer shown",
  "progress.recalled": "{count} recalled",
  "progress.none": "No exercises done yet at {tier} altitude",
  "part.retry": "Try again",
  "part.search": "Search could not be loaded. Check the connection and try again; the text of the page is all here.",
  "part.shortcuts": "The list of keyboard shortcuts could not be loaded. Check the connection and try again; the shortcuts themselves still work.",
  "part.pageFailed": "This page could not be loaded, and neither could the message that says why. Check the connection and reload the page.",
  "part.notice": "A notice about this address could not be loaded. Check the connection and try again; the text of the page is all here.",
  "part.notices": "A message about your saved progress could not be loaded. Check the connection and try again.",
  "part.offline": "Whether this course works offline could not be shown. Check the connection and try again.",
  "part.answerKey": "The answer key for printing could not be loaded. Check the connection and try again.",
  "shortcuts.open": "Keyboard shortcuts",
  "shortcuts.close": "Close",
  "search.open": "Search",
  "app.failed": "The text is all here, but the exercises, search and the simulator could not load. Check the connection and reload the page.",
  "print.answerKey": "Answer key",
  "print.altitude": "{tier} altitude: {note}",
  "footer.trademarks": "Product names are the trademarks of their owners and appear here only to teach.",
} as const;

export type StringKey = keyof typeof strings;

/** Fills a string's `{placeholders}`. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Looks up an interface string and fills its `{placeholders}`. */
export function t(key: StringKey, values: Record<string, string | number> = {}): string {
  return fill(strings[key], values);
}

/** A lookup for a part of the app with words of its own: its keys first, then the page's. */
export function dictionary<K extends string>(own: Record<K, string>): (key: K | StringKey, values?: Record<string, string | number>) => string {
  return (key, values = {}) => (Object.hasOwn(own, key) ? fill(own[key as K], values) : t(key as StringKey, values));
}

export function tierName(tier: "junior" | "middle" | "senior"): string {
  return t(`tier.${tier}`);
}
