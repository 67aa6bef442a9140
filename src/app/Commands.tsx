// The learner's way around from anywhere: the shortcut keys, the search and shortcuts dialogs, and
// the header buttons that open them for those who do not use the keyboard.
import { Suspense, useCallback, useEffect, useState } from "react";
import { store } from "../progress/store";
import { actionFor, type Action } from "../shortcuts/keymap";
import { t } from "../ui/strings";
import { lazyPart } from "./lazyPart";

const SearchDialog = lazyPart(() => import("../search/SearchDialog"), () => t("part.search"), (m) => m.default);
const ShortcutsDialog = lazyPart(() => import("../shortcuts/ShortcutsDialog"), () => t("part.shortcuts"), (m) => m.default);

export function Commands() {
  const [open, setOpen] = useState<"help" | "search" | null>(null);
  const [notice, setNotice] = useState("");
  const close = useCallback(() => setOpen(null), []);

  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => setNotice(""), 5000);
    return () => window.clearTimeout(timer);
  }, [notice]);

  const run = useCallback((action: Action) => {
    if (action === "help" || action === "search") return setOpen(action);
    // Moving between pieces and altitudes ships with the router, which the move needs anyway.
    void import("./moves").then(({ move }) => move(action, setNotice));
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const action = actionFor(
        {
          key: event.key,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
          altKey: event.altKey,
          target: target ? { tagName: target.tagName, isContentEditable: target.isContentEditable, type: (target as HTMLInputElement).type } : null,
          dialogOpen: !!document.querySelector("dialog[open]"),
        },
        store.getState().preferences.shortcuts,
      );
      if (!action) return;
      event.preventDefault();
      run(action);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [run]);

  return (
    <>
      <div className="commands">
        <button type="button" className="command" onClick={() => setOpen("search")} aria-keyshortcuts="Control+K Meta+K /">
          {t("search.open")}
        </button>
        <button type="button" className="command command-shortcuts" onClick={() => setOpen("help")} aria-keyshortcuts="?">
          {t("shortcuts.open")}
        </button>
      </div>
      <p className="visually-hidden" role="status">
        {notice}
      </p>
      {notice && (
        <p className="shortcut-notice" aria-hidden="true">
          {notice}
        </p>
      )}
      {open && (
        <Suspense fallback={null}>
          {open === "help" && <ShortcutsDialog onClose={close} />}
          {open === "search" && <SearchDialog onClose={close} />}
        </Suspense>
      )}
    </>
  );
}
