// "in 10 minutes", "tomorrow", "in 3 days": when a review is due, in the learner's words.
// Made on first use: building an Intl formatter loads locale data, which the page's start can do without.
let formatter: Intl.RelativeTimeFormat | undefined;
const relative = (value: number, unit: Intl.RelativeTimeFormatUnit) => (formatter ??= new Intl.RelativeTimeFormat("en", { numeric: "auto" })).format(value, unit);

export function whenText(due: number, now: number): string {
  const minutes = Math.round((due - now) / 60_000);
  if (minutes <= 0) return "now";
  if (minutes < 60) return relative(minutes, "minute");
  const hours = Math.round(minutes / 60);
  if (hours < 24) return relative(hours, "hour");
  return relative(Math.round(hours / 24), "day");
}
