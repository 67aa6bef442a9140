// The shortcuts that move: the next or previous piece (at the learner's own altitude), and the next altitude
// of this piece. Fetched with the first such key press.
import { isTier, nextTier } from "../course/tiers";
import { parseAddress, piecePath } from "../course/urls";
import { captureReadingPosition } from "../lesson/readingPosition";
import { store } from "../progress/store";
import { navigation } from "../ui/navigation";
import { t } from "../shortcuts/strings";

export async function move(action: "next" | "previous" | "tier", notify: (text: string) => void): Promise<void> {
  // Moving on from a page still on its way is moving on from that page: wait for it (the altitude is the
  // exception: two presses climb two steps at once).
  if (action !== "tier") await navigation.settled();
  const { shown, pending } = navigation.get();
  const page = shown.page;
  const go = (to: string) => {
    notify("");
    navigation.go(to);
  };
  if (action === "tier") {
    if (page.kind !== "piece") return notify(t("shortcuts.onlyOnPiece"));
    // From the altitude being fetched, if a switch is on its way: two presses climb two steps.
    const on = pending ? parseAddress(pending) : null;
    const from = on?.kind === "piece" && isTier(on.tier) ? on.tier : page.tier;
    const to = nextTier(from);
    captureReadingPosition();
    store.getState().chooseTier(to);
    return go(piecePath(page.piece, to));
  }
  // The next piece opens at the learner's own altitude, whatever the address of this one was pinned to.
  const chosen = store.getState().preferences.tier ?? undefined;
  if (page.kind === "climb") {
    const first = page.tracks.flatMap((track) => track.pieces)[0];
    if (action === "next" && first) return go(piecePath(first, chosen));
    return notify(t("shortcuts.atFirst"));
  }
  if (page.kind !== "piece") return notify(t("shortcuts.onlyOnPiece"));
  const target = action === "next" ? page.next : page.previous;
  if (target) return go(piecePath(target, chosen));
  notify(t(action === "next" ? "shortcuts.atLast" : "shortcuts.atFirst"));
}
