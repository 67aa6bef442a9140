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

/** `replacedAt`: when the progress was last replaced as a whole, so that tabs holding the old one take the new. */
export function writeSaved(progress: Progress, replacedAt = 0): string {
  return JSON.stringify(replacedAt > 0 ? { version: savedVersion, state: progress, replacedAt } : { version: savedVersion, state: progress });
}
