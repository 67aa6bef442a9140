// localStorage as untrusted and fallible: unreadable bytes are set aside under a backup key (never
// deleted), a storage that throws or is full leaves the app working for the visit, and each of these
// is reported once through `onNotice`.
import type { PersistStorage, StorageValue } from "zustand/middleware";
import type { Progress } from "./saved";
import { savedVersion, writeSaved } from "./savedFormat";

export type NoticeKind = "saved-unreadable" | "storage-unavailable" | "storage-full" | "migrated";
export type StorageNotice = { kind: NoticeKind; detail?: string };

export const progressKey = "seams:progress";
export const backupPrefix = `${progressKey}:backup:`;

export function progressStorage(getStorage: () => Storage | undefined, onNotice: (notice: StorageNotice) => void): PersistStorage<Progress> {
  let writable = true;
  const reported = new Set<NoticeKind>();
  const notice = (n: StorageNotice) => {
    if (reported.has(n.kind)) return;
    reported.add(n.kind);
    onNotice(n);
  };
  const storage = (): Storage | null => {
    try {
      return getStorage() ?? null;
    } catch {
      return null;
    }
  };

  return {
    // Reading is asynchronous so that the validator loads only when there is something to read.
    async getItem(name): Promise<StorageValue<Progress> | null> {
      const s = storage();
      let raw: string | null;
      try {
        if (!s) throw new Error("no storage");
        raw = s.getItem(name);
      } catch {
        notice({ kind: "storage-unavailable" });
        return null;
      }
      if (raw === null) return null;
      const { readSaved } = await import("./saved");
      const result = readSaved(raw);
      if (result.ok) {
        if (result.migratedFrom !== null) notice({ kind: "migrated", detail: String(result.migratedFrom) });
        return { state: result.progress, version: savedVersion };
      }
      const backupKey = `${backupPrefix}${Date.now()}`;
      try {
        s?.setItem(backupKey, raw);
        notice({ kind: "saved-unreadable", detail: `${result.reason}; the old data is kept under “${backupKey}”` });
      } catch {
        // Without a backup, the unreadable bytes stay where they are: nothing is written over them.
        writable = false;
        notice({ kind: "saved-unreadable", detail: `${result.reason}; it is left untouched, and progress from this visit will not be saved` });
      }
      return null;
    },
    setItem(name, value) {
      if (!writable) return;
      const s = storage();
      try {
        if (!s) throw new Error("no storage");
        s.setItem(name, writeSaved(value.state));
      } catch (error) {
        const full = error instanceof DOMException && (error.name === "QuotaExceededError" || error.code === 22);
        notice({ kind: full ? "storage-full" : "storage-unavailable" });
      }
    },
    removeItem(name) {
      try {
        storage()?.removeItem(name);
      } catch {
        // Nothing to keep tidy when storage is gone.
      }
    },
  };
}
