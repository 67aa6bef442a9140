import type { ReactNode } from "react";
import { shownAt, type Tier as TierName } from "../course";
import { useLesson } from "./LessonContext";

/** Prose shown from an altitude upward (`from`) or at one altitude only (`only`). */
export function Tier({ from, only, children }: { from?: TierName; only?: TierName; children?: ReactNode }) {
  const { tier } = useLesson();
  const filter = only ? { only } : from ? { from } : undefined;
  return shownAt(filter, tier) ? <>{children}</> : null;
}
