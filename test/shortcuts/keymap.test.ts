import { describe, expect, it } from "vitest";
import { defaultPreferences } from "../../src/progress/savedFormat";
import { actionFor, bindingProblem, type KeyPress } from "../../src/shortcuts/keymap";

const shortcuts = defaultPreferences().shortcuts;
const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, target: { tagName: "BODY" }, dialogOpen: false, ...more });

describe("shortcut keys", () => {
  it("map j, k, t, ? and / to their actions", () => {
    expect(["j", "k", "t", "?", "/"].map((k) => actionFor(press(k), shortcuts))).toEqual(["next", "previous", "tier", "help", "search"]);
  });
  it("open search with Ctrl+K or Cmd+K, even with single keys off", () => {
    expect(actionFor(press("k", { ctrlKey: true }), shortcuts)).toBe("search");
    expect(actionFor(press("K", { metaKey: true }), { ...shortcuts, enabled: false })).toBe("search");
  });
  it("never fire while typing, with other modifiers held, or while a dialog is open", () => {
    expect(actionFor(press("j", { target: { tagName: "TEXTAREA" } }), shortcuts)).toBeNull();
    expect(actionFor(press("j", { target: { tagName: "INPUT", type: "search" } }), shortcuts)).toBeNull();
    expect(actionFor(press("j", { target: { tagName: "DIV", isContentEditable: true } }), shortcuts)).toBeNull();
    expect(actionFor(press("j", { altKey: true }), shortcuts)).toBeNull();
    expect(actionFor(press("j", { ctrlKey: true }), shortcuts)).toBeNull();
    expect(actionFor(press("j", { dialogOpen: true }), shortcuts)).toBeNull();
    expect(actionFor(press("j", { target: { tagName: "INPUT", type: "radio" } }), shortcuts)).toBe("next");
  });
  it("can be turned off or rebound", () => {
    expect(actionFor(press("j"), { ...shortcuts, enabled: false })).toBeNull();
    const rebound = { ...shortcuts, keys: { ...shortcuts.keys, next: "n" } };
    expect(actionFor(press("n"), rebound)).toBe("next");
    expect(actionFor(press("j"), rebound)).toBeNull();
    expect(bindingProblem("k", "next", shortcuts.keys)).toBe("taken");
    expect(bindingProblem("nn", "next", shortcuts.keys)).toBe("not-one-key");
    expect(bindingProblem("n", "next", shortcuts.keys)).toBeNull();
  });
});
