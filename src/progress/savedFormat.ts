// The parts of the saved-state format every page needs, kept apart from the validator (saved.ts),
// which loads only when there is saved state to read.
import type { Preferences, Progress } from "./saved";

export const savedVersion = 4;

export const defaultKeys = { next: "j", previous: "k", tier: "t", help: "?", search: "/" } as const;

export function defaultPreferences(): Preferences {
  return { tier: null, shortcuts: { enabled: true, keys: { ...defaultKeys } }, lastPlace: null, updatedAt: 0 };
}

export const grades = ["again", "hard", "good", "easy"] as const;
export type Grade = (typeof grades)[number];

export function writeSaved(progress: Progress): string {
  return JSON.stringify({ version: savedVersion, state: progress });
}
