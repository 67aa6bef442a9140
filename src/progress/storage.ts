// localStorage as untrusted, fallible and shared with other tabs. Every write re-reads what is stored and
// merges it first, so a tab never writes over what another saved; bytes it cannot read (corrupt, or from a
// newer version of the app) are set aside under a backup key before anything is written; a write the reader
// would refuse (too big, out of the schema) is refused before it is written. Storage that throws or is full
// leaves the app working for the visit. Each of these is reported once through `onNotice`.
import type { PersistStorage, StorageValue } from "zustand/middleware";
import { adoptReplacement, mergeProgress } from "./merge";
import type { Progress } from "./saved";
import { savedVersion, writeSaved } from "./savedFormat";

export type NoticeKind =
  | "saved-unreadable"
  | "saved-set-aside"
  | "storage-unavailable"
  | "storage-full"
  | "not-saved"
  | "reader-failed"
  | "migrated"
  | "replaced"
  | "restored";
export type StorageNotice = { kind: NoticeKind; detail?: string; backup?: string };

export const progressKey = "seams:progress";
export const backupPrefix = `${progressKey}:backup:`;

import { chunk } from "../ui/chunk";

type Reader = typeof import("./saved");

/** Sets bytes aside under a new backup key, never over another backup; null when storage would not take them. */
export function setAside(s: Storage, raw: string, now = Date.now()): string | null {
  try {
    let key = `${backupPrefix}${now}`;
    for (let n = 1; s.getItem(key) !== null; n++) key = `${backupPrefix}${now}-${n}`;
    s.setItem(key, raw);
    return key;
  } catch {
    return null;
  }
}

/** The reader (the schema and its limits) is its own chunk: fetched after the page is up, a few times at most. */
const loadReader: () => Promise<Reader> = chunk(() => import("./saved"));

export type ProgressStorage = PersistStorage<Progress> & {
  /** When the progress this tab knows of was last replaced as a whole (an import with Replace, a restore). */
  replacedAt: () => number;
  markReplaced: (at: number) => void;
  /** Lets a notice already given be given again (after the learner asked to try again). */
  forget: (kind: NoticeKind) => void;
};

/**
 * `adopt` hands the store what a write found it must take instead of its own state: progress that another
 * tab replaced as a whole, with this tab's records made since.
 */
export function progressStorage(
  getStorage: () => Storage | undefined,
  onNotice: (notice: StorageNotice) => void,
  adopt: (progress: Progress) => void = () => undefined,
): ProgressStorage {
  let reader: Reader | null = null;
  let known = 0;
  let lastWritten: string | null = null;
  let keptAside: string | null = null;
  let writing = false;
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
    replacedAt: () => known,
    forget: (kind) => void reported.delete(kind),
    markReplaced: (at) => {
      known = Math.max(known, at);
    },
    async getItem(name): Promise<StorageValue<Progress> | null> {
      const s = storage();
      let raw: string | null = null;
      let readable = true;
      try {
        if (!s) throw new Error("no storage");
        raw = s.getItem(name);
      } catch {
        readable = false;
      }
      try {
        reader = await loadReader();
      } catch (error) {
        notice({ kind: "reader-failed" });
        throw error;
      }
      if (!readable) {
        // Later writes read again before they write: what is saved is never written over unread.
        notice({ kind: "storage-unavailable" });
        return null;
      }
      if (raw === null) return null;
      const result = reader.readSaved(raw);
      if (result.ok) {
        known = Math.max(known, result.replacedAt ?? 0);
        lastWritten = raw;
        if (result.migratedFrom !== null) notice({ kind: "migrated", detail: String(result.migratedFrom) });
        return { state: result.progress, version: savedVersion };
      }
      // Without a backup, the unreadable bytes stay where they are: the next write tries again to set them aside.
      const backup = s ? setAside(s, raw) : null;
      notice(
        backup
          ? { kind: "saved-unreadable", detail: `${result.reason}; the old data is kept as a backup`, backup }
          : { kind: "saved-unreadable", detail: `${result.reason}; it is left untouched, and progress from this visit will not be saved over it` },
      );
      if (backup) keptAside = raw;
      return null;
    },
    setItem(name, value) {
      // A notice given while writing changes the store, which would write again from inside this write.
      if (!reader || writing) return;
      writing = true;
      try {
        write(name, value.state);
      } finally {
        writing = false;
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

  function write(name: string, own: Progress) {
    if (!reader) return;
    const s = storage();
    let stored: string | null;
    try {
      if (!s) throw new Error("no storage");
      stored = s.getItem(name);
    } catch {
      notice({ kind: "storage-unavailable" });
      return;
    }
    let state = own;
    if (stored !== null && stored !== lastWritten && stored !== keptAside) {
      const found = reader.readSaved(stored);
      if (found.ok) {
        const replacedAt = found.replacedAt ?? 0;
        if (replacedAt > known) {
          known = replacedAt;
          state = adoptReplacement(found.progress, state, replacedAt);
          const adopted = state;
          queueMicrotask(() => adopt(adopted));
        } else if (replacedAt === known) {
          state = mergeProgress(found.progress, state);
        }
        // Stored progress replaced before this tab replaced it is already in a backup: it is written over.
      } else {
        const backup = setAside(s as Storage, stored);
        if (!backup) {
          notice({ kind: "storage-full" });
          return;
        }
        notice({ kind: "saved-set-aside", detail: found.reason, backup });
      }
    }
    const checked = reader.checkWritable(state);
    if (!checked.ok) {
      notice({ kind: "not-saved", detail: checked.reason });
      return;
    }
    const bytes = writeSaved(checked.progress, known);
    if (bytes.length > reader.maxSavedBytes) {
      notice({ kind: "not-saved", detail: reader.tooBigReason(bytes.length) });
      return;
    }
    try {
      (s as Storage).setItem(name, bytes);
      lastWritten = bytes;
    } catch (error) {
      const full = error instanceof DOMException && (error.name === "QuotaExceededError" || error.code === 22);
      notice({ kind: full ? "storage-full" : "storage-unavailable" });
    }
  }
}
