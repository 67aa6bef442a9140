// The parts of the app that live inside a piece's text, each its own chunk, fetched when it is needed.
// The names are the content contract's interactive tags, so a tag without a view does not compile.
import type { ComponentType } from "react";
import type { IslandName } from "../course/components";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each island takes the attributes its tag was given
type View = ComponentType<any>;

export const islandViews: Record<IslandName, () => Promise<View>> = {
  Quiz: () => import("../exercises/choice/Quiz").then((m) => m.Quiz),
  BestFit: () => import("../exercises/best-fit/BestFit").then((m) => m.BestFit),
  OrderSteps: () => import("../exercises/order-steps/OrderSteps").then((m) => m.OrderSteps),
  Recall: () => import("../exercises/recall/Recall").then((m) => m.Recall),
  Review: () => import("../review/Review").then((m) => m.Review),
  Simulator: () => import("../rollout/Simulator").then((m) => m.Simulator),
};

export function isIslandName(name: string): name is IslandName {
  return Object.hasOwn(islandViews, name);
}

/** Ids an island makes (useId) start with its place in the page, so two islands' radio groups never share a name. */
export const islandIdPrefix = (index: number) => `i${index}-`;
