// localStorage as untrusted, fallible and shared with other tabs: how the store reaches it. The reading and
// the writing themselves (readStored, writeStored in src/progress/saved.ts) are fetched once the page is up. Storage that throws or
// is full leaves the app working for the visit; each fault is reported once through `onNotice`.
import type { PersistStorage, StorageValue } from "zustand/middleware";
import { chunk } from "../ui/chunk";
import type { Known, Progress } from "./saved";

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

type Persisted = typeof import("./saved");

const loadPersisted: () => Promise<Persisted> = chunk(() => import("./saved"));

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
  let persisted: Persisted | null = null;
  const known: Known = { replacedAt: 0, lastWritten: null, keptAside: null };
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
    replacedAt: () => known.replacedAt,
    markReplaced: (at) => {
      known.replacedAt = Math.max(known.replacedAt, at);
    },
    forget: (kind) => void reported.delete(kind),
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
        persisted = await loadPersisted();
      } catch (error) {
        notice({ kind: "reader-failed" });
        throw error;
      }
      // The validator is built a part per task before the read, not all in the task that reads.
      await persisted.prepare();
      if (!readable) {
        // Every write reads again before it writes: what is saved is never written over unread.
        notice({ kind: "storage-unavailable" });
        return null;
      }
      return raw === null ? null : persisted.readStored(s, raw, known, notice);
    },
    setItem(name, value) {
      // A notice given while writing changes the store, which would write again from inside this write.
      if (!persisted || writing) return;
      writing = true;
      try {
        persisted.writeStored(storage(), name, value.state, known, notice, adopt);
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
}
