// The parts of the app that live inside a piece's text, each its own chunk, fetched when it is needed.
// The names are the content contract's interactive tags, so a tag without a view does not compile.
import type { ComponentType } from "react";
import type { IslandName } from "../course/components";
import { chunk } from "../ui/chunk";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each island takes the attributes its tag was given
type View = ComponentType<any>;

const code = {
  Quiz: chunk(() => import("../exercises/choice/Quiz")),
  BestFit: chunk(() => import("../exercises/best-fit/BestFit")),
  OrderSteps: chunk(() => import("../exercises/order-steps/OrderSteps")),
  Recall: chunk(() => import("../exercises/recall/Recall")),
  Review: chunk(() => import("../review/Review")),
  Simulator: chunk(() => import("../rollout/Simulator")),
};

export const islandViews: Record<IslandName, () => Promise<View>> = {
  Quiz: () => code.Quiz().then((m) => m.Quiz),
  BestFit: () => code.BestFit().then((m) => m.BestFit),
  OrderSteps: () => code.OrderSteps().then((m) => m.OrderSteps),
  Recall: () => code.Recall().then((m) => m.Recall),
  Review: () => code.Review().then((m) => m.Review),
  Simulator: () => code.Simulator().then((m) => m.Simulator),
};

export function isIslandName(name: string): name is IslandName {
  return Object.hasOwn(islandViews, name);
}

/** Ids an island makes (useId) start with its place in the page, so two islands' radio groups never share a name. */
export const islandIdPrefix = (index: number) => `i${index}-`;
