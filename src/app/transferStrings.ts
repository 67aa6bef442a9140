// The words of moving progress between browsers and of the backups kept on this one, fetched with them.
import { dictionary } from "../ui/strings";

const strings = {
  "transfer.title": "Your progress",
  "transfer.intro": "Progress stays in this browser. Take it to another browser with a file.",
  "transfer.export": "Export progress",
  "transfer.import": "Import progress",
  "transfer.exported": "Saved {file}.",
  "transfer.refused": "That file was not imported: {reason}. Nothing here has changed.",
  "transfer.ask": "The file holds {answers} answers and {recall} recall prompts. Merge them with what is here, or replace what is here? Replace puts aside the {hereAnswers} answers and {hereRecall} recall prompts here as a backup, which you can restore below.",
  "transfer.merge": "Merge",
  "transfer.replace": "Replace",
  "transfer.cancel": "Cancel",
  "transfer.merged": "Progress merged.",
  "transfer.replaced": "Done: the file's answers and recall prompts are the ones here now. Undo in the notice above, or restore what was here from the backups below.",
  "transfer.notReplaced": "Nothing was replaced: the progress here could not be kept as a backup first.",
  "transfer.partFailed": "Export and import could not be loaded. Check the connection and try again; nothing has changed.",
  "backups.title": "Backups",
  "backups.partFailed": "The list of backups could not be loaded. Check the connection and try again; nothing has changed.",
  "backups.intro": "Progress set aside in this browser: replaced by an import, or saved in a form this version could not read.",
  "backups.none": "No backups are kept in this browser.",
  "backups.item": "Set aside {when}: {holds}",
  "backups.holds": "{answers} answers, {recall} recall prompts",
  "backups.unreadable": "{size} kB that this version cannot read ({reason})",
  "backups.unknownTime": "at an unknown time",
  "backups.export": "Export",
  "backups.restore": "Restore",
  "backups.exportName": "Export the backup set aside {when}",
  "backups.restoreName": "Restore the backup set aside {when}",
  "backups.restored": "Backup restored. The progress it replaced is kept as a backup too.",
  "backups.notRestored": "That backup was not restored; the notice above says why.",
  "backups.exported": "Saved {file}.",
  "transfer.cancelled": "Import cancelled. Nothing has changed.",
  "transfer.tooBig": "it is larger than {limit} MB",
  "transfer.unreadable": "the file could not be read",
} as const;

export const t = dictionary(strings);
