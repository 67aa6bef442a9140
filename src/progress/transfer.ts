// Progress that travels: an export file, and reading an import file as untrusted input.
import { maxSavedBytes, readSaved, type Progress, type ReadResult } from "./saved";
import { writeSaved } from "./savedFormat";

export function exportFileName(now: Date): string {
  return `seams-progress-${now.toISOString().slice(0, 10)}.json`;
}

export function exportContents(progress: Progress): string {
  return writeSaved(progress);
}

/** Reads a file the learner chose: refuses what is too big before reading it, then validates and migrates. */
export async function readImportFile(file: Pick<File, "size" | "text">): Promise<ReadResult> {
  if (file.size > maxSavedBytes) return { ok: false, reason: `it is larger than ${maxSavedBytes / 1_000_000} MB` };
  let raw: string;
  try {
    raw = await file.text();
  } catch {
    return { ok: false, reason: "the file could not be read" };
  }
  return readSaved(raw);
}
