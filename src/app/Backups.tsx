// The backups kept in this browser, on the climb page: each can be exported to a file or put back in place
// of the progress here (which is then kept as a backup in turn).
import { useEffect, useId, useState } from "react";
import { backupContents, listBackups, restoreBackup, type Backup } from "../progress/backups";
import { progressKey } from "../progress/storage";
import { store, useProgress } from "../progress/store";
import { t } from "./transferStrings";

function when(at: number): string {
  return at > 0 ? new Date(at).toLocaleString() : t("backups.unknownTime");
}

function download(name: string, contents: string) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([contents], { type: "application/json" }));
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

export default function Backups() {
  const titleId = useId();
  const [backups, setBackups] = useState<Backup[]>(() => listBackups());
  const [message, setMessage] = useState("");
  // A notice (a Replace, a restore, bytes set aside) means the list may have changed.
  const notices = useProgress((s) => s.notices.length);
  useEffect(() => {
    setBackups(listBackups());
    const onStorage = (event: StorageEvent) => event.key !== progressKey && setBackups(listBackups());
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [notices]);

  const exportOne = (backup: Backup) => {
    const contents = backupContents(backup.key);
    if (contents === null) return setBackups(listBackups());
    const name = `seams-progress-backup-${backup.at > 0 ? new Date(backup.at).toISOString().slice(0, 19).replace(/:/g, "-") : "unknown"}.json`;
    download(name, contents);
    setMessage(t("backups.exported", { file: name }));
  };

  const restore = (backup: Backup) => {
    const done = restoreBackup(store, backup.key);
    setMessage(t(done ? "backups.restored" : "backups.notRestored"));
    setBackups(listBackups());
  };

  return (
    <section className="backups" aria-labelledby={titleId}>
      <h3 id={titleId}>{t("backups.title")}</h3>
      <p>{t("backups.intro")}</p>
      {backups.length === 0 ? (
        <p>{t("backups.none")}</p>
      ) : (
        <ul className="backup-list">
          {backups.map((b) => (
            <li key={b.key}>
              <p>
                {t("backups.item", {
                  when: when(b.at),
                  holds: "reason" in b.holds ? t("backups.unreadable", { size: Math.ceil(b.size / 1000), reason: b.holds.reason }) : t("backups.holds", b.holds),
                })}
              </p>
              <p className="exercise-actions">
                <button type="button" onClick={() => exportOne(b)} aria-label={t("backups.exportName", { when: when(b.at) })}>
                  {t("backups.export")}
                </button>
                {!("reason" in b.holds) && (
                  <button type="button" onClick={() => restore(b)} aria-label={t("backups.restoreName", { when: when(b.at) })}>
                    {t("backups.restore")}
                  </button>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p role="status">{message}</p>
    </section>
  );
}
