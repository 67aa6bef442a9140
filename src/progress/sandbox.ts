// What the sandbox does to the learner's store: keeps the manifest being edited, and its settings, as a
// draft. Written outside the store, like the exercises' actions, so it ships with the sandbox alone.
import { maxSandboxDraftChars, type SandboxDraft } from "./saved";
import { store as appStore, type ProgressState } from "./store";

type Store = { getState: () => ProgressState; setState: (change: (s: ProgressState) => Partial<ProgressState>) => void };

export type KeepResult = "kept" | "unchanged" | "too-long";

export function sandboxProgress(store: Store) {
  return {
    /** Keeps the draft; one longer than saved progress takes is refused, and the caller says so. */
    keepSandboxDraft(manifest: string, settings: SandboxDraft["settings"], now = Date.now()): KeepResult {
      if (manifest.length > maxSandboxDraftChars) return "too-long";
      const current = store.getState().sandbox;
      if (current && current.manifest === manifest && JSON.stringify(current.settings) === JSON.stringify(settings)) return "unchanged";
      store.setState(() => ({ sandbox: { manifest, settings: { ...settings }, updatedAt: now } }));
      return "kept";
    },
  };
}

export const { keepSandboxDraft } = sandboxProgress(appStore);
export { maxSandboxDraftChars };
