import { useProgress, store } from "../progress/store";
import { t } from "../ui/strings";

/** Messages about the learner's saved progress (unreadable, not saved, brought forward), dismissible. */
export function Notices() {
  const notices = useProgress((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((n) => (
        <div key={n.id} className="notice">
          <p>{t(`notice.${n.kind}`, { detail: n.detail ?? "" })}</p>
          <button type="button" onClick={() => store.getState().dismiss(n.id)}>
            {t("notice.dismiss")}
          </button>
        </div>
      ))}
    </div>
  );
}
