// Keeps open tabs in step: when another tab saves, its newer records are merged in here, and if this tab
// holds records the other lacks, saving the merge hands them back. Nothing one tab wrote is lost. Progress
// another tab replaced as a whole (an import with Replace) is taken as it is, never merged with the old.
import type { Progress } from "./saved";
import { progressKey, type ProgressStorage } from "./storage";
import { snapshot, type ProgressState } from "./store";

type Store = { getState: () => ProgressState; setState: (state: Partial<ProgressState>) => void; saved: Pick<ProgressStorage, "replacedAt" | "markReplaced"> };

/** Whether `incoming` holds any record newer than (or missing from) `current`. */
export function bringsNews(current: Progress, incoming: Progress): boolean {
  const newer = <T extends { updatedAt: number }>(mine: Record<string, T>, theirs: Record<string, T>) =>
    Object.entries(theirs).some(([id, r]) => !Object.hasOwn(mine, id) || r.updatedAt > (mine[id]?.updatedAt ?? 0));
  return (
    incoming.preferences.updatedAt > current.preferences.updatedAt ||
    newer(current.reviews, incoming.reviews) ||
    newer(current.answers, incoming.answers) ||
    newer(current.orderDrafts, incoming.orderDrafts) ||
    newer(current.recall, incoming.recall)
  );
}

export function followOtherTabs(store: Store): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key !== progressKey || !event.newValue) return;
    const raw = event.newValue;
    void import("./saved").then(({ readSaved, adoptReplacement }) => {
      const result = readSaved(raw);
      if (!result.ok) return;
      const s = store.getState();
      const replacedAt = result.replacedAt ?? 0;
      if (replacedAt > store.saved.replacedAt()) {
        store.saved.markReplaced(replacedAt);
        store.setState(adoptReplacement(result.progress, snapshot(s), replacedAt));
        return;
      }
      if (bringsNews(snapshot(s), result.progress)) {
        s.receive(result.progress, "merge");
      }
    });
  };
  // A tab closing writes once more, merged with what is stored by then, so that an answer given in another tab
  // a moment before, and written over by this tab's last write, is put back.
  const onHide = () => store.setState({});
  window.addEventListener("storage", onStorage);
  window.addEventListener("pagehide", onHide);
  return () => {
    window.removeEventListener("storage", onStorage);
    window.removeEventListener("pagehide", onHide);
  };
}
