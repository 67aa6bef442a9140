// Backups of the learner's progress: what unreadable bytes, a Replace or a restore set aside. They can be
// listed, exported and put back; putting one back keeps what it replaces as a backup in turn, so every
// replacement can be undone.
import { t } from "./strings";
import { mergeProgress } from "./merge";
import { readSaved, setAside, type Progress } from "./saved";
import { writeSaved } from "./savedFormat";
import { backupPrefix, progressKey } from "./storage";
import { snapshot, type ProgressStore } from "./store";

export type Backup = {
  key: string;
  /** When it was set aside. */
  at: number;
  size: number;
  /** What it holds, when this version of the app can read it; why not, when it cannot. */
  holds: { answers: number; recall: number } | { reason: string };
};

const localStorageOf = (): Storage | null => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
};

export function countsText(progress: Progress): string {
  return t("backup.counts", { answers: Object.keys(progress.answers).length, recall: Object.keys(progress.recall).length });
}

export function listBackups(storage: Storage | null = localStorageOf()): Backup[] {
  if (!storage) return [];
  const backups: Backup[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key?.startsWith(backupPrefix)) continue;
      const raw = storage.getItem(key) ?? "";
      const read = readSaved(raw);
      backups.push({
        key,
        at: Number.parseInt(key.slice(backupPrefix.length), 10) || 0,
        size: raw.length,
        holds: read.ok ? { answers: Object.keys(read.progress.answers).length, recall: Object.keys(read.progress.recall).length } : { reason: read.reason },
      });
    }
  } catch {
    return backups;
  }
  return backups.sort((a, b) => b.at - a.at);
}

export function backupContents(key: string, storage: Storage | null = localStorageOf()): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/**
 * Replaces the learner's progress as a whole, after setting what is here (with anything another tab saved)
 * aside as a backup. Nothing is replaced when the backup cannot be written.
 */
export function replaceProgress(store: ProgressStore, incoming: Progress, how: "replaced" | "restored", storage: Storage | null = localStorageOf(), now = Date.now()): boolean {
  let current = snapshot(store.getState());
  try {
    const stored = storage?.getItem(progressKey);
    const read = stored ? readSaved(stored) : null;
    if (read?.ok) current = mergeProgress(read.progress, current);
  } catch {
    // Storage that cannot be read has nothing to add to the backup.
  }
  const backup = storage ? setAside(storage, writeSaved(current), now) : null;
  if (!backup) {
    store.getState().notify({ kind: "not-saved", detail: t("backup.failed") });
    return false;
  }
  store.getState().receive(incoming, "replace", now);
  store.getState().notify({ kind: how, detail: countsText(current), backup });
  return true;
}

/** Puts a backup back in place of the learner's progress; false, with a notice, when it cannot be read. */
export function restoreBackup(store: ProgressStore, key: string, storage: Storage | null = localStorageOf()): boolean {
  const raw = backupContents(key, storage);
  const read = raw === null ? { ok: false as const, reason: t("backup.gone") } : readSaved(raw);
  if (!read.ok) {
    store.getState().notify({ kind: "not-saved", detail: t("backup.unreadable", { reason: read.reason }) });
    return false;
  }
  return replaceProgress(store, read.progress, "restored", storage);
}
