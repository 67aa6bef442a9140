// A quiet line saying the app works offline, and the offer of a new version when one is ready. Fetched only
// once there is something to say (src/app/Shell.tsx).
import { useProgress, store } from "../progress/store";
import { dictionary } from "../ui/strings";

const t = dictionary({
  "offline.ready": "Available offline",
  "offline.now": "Offline: reading the saved copy",
  "offline.update": "A new version of the course is ready. Your progress is kept.",
  "offline.apply": "Update now",
  "offline.later": "Later",
});

export default function OfflineStatus() {
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
