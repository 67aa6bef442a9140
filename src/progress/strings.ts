// The words about the learner's saved progress: the notices (unreadable, not saved, replaced, restored) and
// the backups. They load with the notices, when there is one to show, and with the backups list.
import { dictionary } from "../ui/strings";

const strings = {
  "notice.dismiss": "Dismiss",
  "notice.saved-unreadable": "Your saved progress could not be read: {detail}. The app has started clean.",
  "notice.storage-unavailable": "This browser is not letting the app save progress. Everything works for this visit, but it will be gone when you close the tab.",
  "notice.storage-full": "This browser's storage is full, so recent progress could not be saved. Everything works for this visit.",
  "notice.migrated": "Your saved progress was brought up to date from an older format.",
  "notice.saved-set-aside": "Progress saved in this browser by another tab or a newer version of the app could not be read here ({detail}). It is kept as a backup, which the climb page lists; your answers from this tab are saved.",
  "notice.not-saved": "Your latest change was not saved: {detail}. Everything saved before it is kept.",
  "notice.reader-failed": "Your saved progress could not be loaded yet, so nothing is being saved. Check the connection and try again; what you do meanwhile is kept.",
  "notice.replaced": "Progress replaced. What was here before ({detail}) is kept as a backup.",
  "notice.restored": "Progress restored from the backup. What it replaced ({detail}) is kept as a backup.",
  "notice.undo": "Undo",
  "backup.counts": "{answers} answers, {recall} recall prompts",
  "backup.failed": "the progress here could not be kept as a backup first, so nothing was replaced",
  "backup.gone": "that backup is no longer in this browser",
  "backup.unreadable": "that backup cannot be put back ({reason}); it is still kept",
  "notice.undoFailed": "the backup could not be put back, because part of the app could not be fetched; it is still kept",
  "notice.retry": "Try again",
} as const;

export type ProgressStringKey = keyof typeof strings;

export const t = dictionary(strings);
