// The notices about the learner's saved progress, each with what can be done about it: Undo a replacement,
// try reading again, dismiss. Fetched when there is a notice to show.
import { store, useProgress, type Notice } from "../progress/store";
import { chunk } from "../ui/chunk";
import { t } from "../progress/strings";

const backups = chunk(() => import("../progress/backups"));

/** Puts back the progress a notice's backup holds; the progress it replaces is kept as a backup in turn. */
function undo(n: Notice) {
  const backup = n.backup;
  if (!backup) return;
  store.getState().dismiss(n.id);
  void backups().then(
    (m) => m.restoreBackup(store, backup),
    () => store.getState().notify({ kind: "not-saved", detail: t("notice.undoFailed") }),
  );
}

/** Messages about the learner's saved progress (unreadable, not saved, replaced, brought forward), dismissible. */
export function NoticeList() {
  const notices = useProgress((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((n) => (
        <div key={n.id} className="notice">
          <p>{t(`notice.${n.kind}`, { detail: n.detail ?? "" })}</p>
          <p className="notice-actions">
            {(n.kind === "replaced" || n.kind === "restored") && n.backup && (
              <button type="button" onClick={() => undo(n)}>
                {t("notice.undo")}
              </button>
            )}
            {n.kind === "reader-failed" && (
              <button
                type="button"
                onClick={() => {
                  store.getState().dismiss(n.id);
                  store.saved.forget("reader-failed");
                  // Once read, what was done meanwhile is written with it.
                  void store.persist.rehydrate().then(() => store.persist.hasHydrated() && store.setState({}));
                }}
              >
                {t("notice.retry")}
              </button>
            )}
            <button type="button" onClick={() => store.getState().dismiss(n.id)}>
              {t("notice.dismiss")}
            </button>
          </p>
        </div>
      ))}
    </div>
  );
}
