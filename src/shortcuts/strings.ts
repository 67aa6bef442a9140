// The words of the shortcuts dialog, which loads when it is opened, and of the moves the keys make.
import { dictionary } from "../ui/strings";

const strings = {
  "shortcuts.title": "Keyboard shortcuts",
  "shortcuts.next": "Next piece",
  "shortcuts.previous": "Previous piece",
  "shortcuts.tier": "Cycle the altitude",
  "shortcuts.help": "This list of shortcuts",
  "shortcuts.search": "Search",
  "shortcuts.searchAlways": "Search (always on)",
  "shortcuts.enabled": "Single-key shortcuts on",
  "shortcuts.enabledHint": "Turn them off if they get in the way of your screen reader or voice control. Ctrl+K or Cmd+K still opens search.",
  "shortcuts.keyFor": "Key for {action}",
  "shortcuts.notOneKey": "Use one character.",
  "shortcuts.taken": "That key already does something else.",
  "shortcuts.reset": "Restore the usual keys",
  "shortcuts.atLast": "This is the last piece of the climb.",
  "shortcuts.atFirst": "This is the first piece of the climb.",
  "shortcuts.onlyOnPiece": "Altitude applies to a piece; open one first.",
} as const;

export type ShortcutStringKey = keyof typeof strings;

export const t = dictionary(strings);
