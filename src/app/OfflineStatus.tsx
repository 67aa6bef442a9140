import { useProgress, store } from "../progress/store";
import { t } from "../ui/strings";

/** A quiet line saying the app works offline, and the offer of a new version when one is ready. */
export function OfflineStatus() {
  const { offlineReady, online, updateWaiting } = useProgress((s) => s.app);
  return (
    <>
      {(offlineReady || !online) && <span className="offline-status">{t(online ? "offline.ready" : "offline.now")}</span>}
      {updateWaiting && (
        <div className="update-offer" role="status">
          <p>{t("offline.update")}</p>
          <button type="button" className="primary" onClick={() => void import("./offline").then((m) => m.applyUpdate())}>
            {t("offline.apply")}
          </button>
          <button type="button" onClick={() => store.getState().setApp({ updateWaiting: false })}>
            {t("offline.later")}
          </button>
        </div>
      )}
    </>
  );
}
