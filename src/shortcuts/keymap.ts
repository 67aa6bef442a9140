// Which shortcut a key press means, if any. Pure: the caller says what the press was and where.
import type { Preferences } from "../progress/saved";

export type Action = "next" | "previous" | "tier" | "help" | "search";

export type KeyPress = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The element the press went to. */
  target: { tagName?: string; isContentEditable?: boolean; type?: string } | null;
  /** Whether a modal dialog is open. */
  dialogOpen: boolean;
};

const typingTags = new Set(["INPUT", "TEXTAREA", "SELECT"]);
const nonTypingInputs = new Set(["checkbox", "radio", "button", "submit", "reset", "range", "color", "file"]);

export function isTyping(target: KeyPress["target"]): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  if (target.tagName === "INPUT") return !nonTypingInputs.has(target.type ?? "text");
  return typingTags.has(target.tagName ?? "");
}

export function actionFor(press: KeyPress, shortcuts: Preferences["shortcuts"]): Action | null {
  if (press.dialogOpen || isTyping(press.target)) return null;
  // Ctrl+K / Cmd+K always opens search; it is not a single-key shortcut.
  if ((press.ctrlKey || press.metaKey) && !press.altKey && press.key.toLowerCase() === "k") return "search";
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (!shortcuts.enabled) return null;
  const entry = (Object.entries(shortcuts.keys) as [Action, string][]).find(([, k]) => k === press.key);
  return entry ? entry[0] : null;
}

/** A key may be bound when it is one printable character not used by another action. */
export function bindingProblem(key: string, action: Action, keys: Preferences["shortcuts"]["keys"]): "not-one-key" | "taken" | null {
  if ([...key].length !== 1 || key.trim() === "") return "not-one-key";
  const owner = (Object.entries(keys) as [Action, string][]).find(([a, k]) => k === key && a !== action);
  return owner ? "taken" : null;
}
