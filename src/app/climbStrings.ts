// The words of the climb page: its lists, continuing where the learner left off, and moving progress between browsers.
import { dictionary } from "../ui/strings";

const strings = {
  "climb.title": "The climb",
  "climb.sandbox": "Try your own Deployment",
  "climb.sandboxNote": "paste a manifest, watch its rollout under load, and get the seam that fails and its fix.",
  "climb.intro": "Read each piece at the altitude that fits you, from the surface to the judgement calls.",
  "climb.pieces": "{count} pieces",
  "climb.open": "Read",
  "recall.dueList": "Due for recall",
  "recall.noneDue": "Nothing is due for recall right now.",
  "resume.title": "Continue where you left off",
  "resume.link": "{piece}, at {tier} altitude",
  "resume.section": "section “{section}”",
  "transfer.title": "Your progress",
  "transfer.intro": "Progress stays in this browser. Take it to another browser with a file.",
  "transfer.export": "Export progress",
  "transfer.import": "Import progress",
  "transfer.exported": "Saved {file}.",
  "transfer.refused": "That file was not imported: {reason}. Nothing here has changed.",
  "transfer.ask": "The file holds {answers} answers and {recall} recall prompts. Merge them with what is here, or replace what is here?",
  "transfer.merge": "Merge",
  "transfer.replace": "Replace",
  "transfer.cancel": "Cancel",
  "transfer.merged": "Progress merged.",
  "transfer.replaced": "Progress replaced.",
  "transfer.cancelled": "Import cancelled. Nothing has changed.",
  "transfer.tooBig": "it is larger than {limit} MB",
  "transfer.unreadable": "the file could not be read",
  "progress.reviewNone": "Not taken yet",
  "progress.reviewDone": "Last review: {right} of {total} right",
  "progress.reviewGoing": "Review in progress: {answered} of {total} answered",
} as const;

export type ClimbStringKey = keyof typeof strings;

export const t = dictionary(strings);
