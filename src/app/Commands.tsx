// The learner's way around from anywhere: the shortcut keys, the search and shortcuts dialogs, and
// the header buttons that open them for those who do not use the keyboard.
import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { climbOrder, neighbours, nextTier, tracks } from "../course";
import { piecePath } from "../course/urls";
import { captureReadingPosition } from "../lesson/readingPosition";
import { store } from "../progress/store";
import { actionFor, type Action } from "../shortcuts/keymap";
import { ShortcutsDialog } from "../shortcuts/ShortcutsDialog";
import { t } from "../ui/strings";
import { basePath } from "../ui/urls";
import { pieceForPath } from "./match";

const SearchDialog = lazy(() => import("../search/SearchDialog"));

export function Commands() {
  const navigate = useNavigate();
  const [open, setOpen] = useState<"help" | "search" | null>(null);
  const [notice, setNotice] = useState("");
  const close = useCallback(() => setOpen(null), []);

  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => setNotice(""), 5000);
    return () => window.clearTimeout(timer);
  }, [notice]);

  const run = useCallback(
    (action: Action) => {
      // The address bar, not the last rendered location: a navigation may still be loading its page.
      const path = window.location.pathname.slice(basePath.length) || "/";
      const shown = pieceForPath(path);
      const [track = "", piece = ""] = path.split("/").slice(1);
      switch (action) {
        case "help":
        case "search":
          setOpen(action);
          return;
        case "next":
        case "previous": {
          if (!shown) {
            const first = climbOrder(tracks)[0];
            if (action === "next" && first) navigate(piecePath(first, store.getState().preferences.tier ?? undefined));
            else setNotice(t("shortcuts.atFirst"));
            return;
          }
          const { next, previous } = neighbours(tracks, { track, piece });
          const target = action === "next" ? next : previous;
          if (!target) {
            setNotice(t(action === "next" ? "shortcuts.atLast" : "shortcuts.atFirst"));
            return;
          }
          setNotice("");
          // The next piece opens at the learner's own altitude, whatever the address of this one was pinned to.
          navigate(piecePath(target, store.getState().preferences.tier ?? undefined));
          return;
        }
        case "tier": {
          if (!shown) {
            setNotice(t("shortcuts.onlyOnPiece"));
            return;
          }
          const to = nextTier(shown.tier);
          captureReadingPosition();
          store.getState().chooseTier(to);
          navigate(piecePath({ track, slug: piece }, to));
          return;
        }
      }
    },
    [navigate],
  );

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
        <button type="button" className="command" onClick={() => setOpen("help")} aria-keyshortcuts="?">
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
      {open === "help" && <ShortcutsDialog onClose={close} />}
      {open === "search" && (
        <Suspense fallback={null}>
          <SearchDialog onClose={close} />
        </Suspense>
      )}
    </>
  );
}
