// The parts of the saved-state format every page needs, kept apart from the validator (saved.ts),
// which loads only when there is saved state to read.
import type { Progress } from "./saved";

export const savedVersion = 1;

export const grades = ["again", "hard", "good", "easy"] as const;
export type Grade = (typeof grades)[number];

export function writeSaved(progress: Progress): string {
  return JSON.stringify({ version: savedVersion, state: progress });
}
