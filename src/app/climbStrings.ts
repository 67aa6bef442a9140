// The words of the climb page: its lists and continuing where the learner left off.
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
  "climb.transferFailed": "Moving progress between browsers could not be loaded. Check the connection and try again; your progress is kept.",
  "resume.section": "section “{section}”",
  "progress.reviewNone": "Not taken yet",
  "progress.reviewDone": "Last review: {right} of {total} right",
  "progress.reviewGoing": "Review in progress: {answered} of {total} answered",
} as const;

export type ClimbStringKey = keyof typeof strings;

export const t = dictionary(strings);
