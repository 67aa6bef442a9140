// The one place that supplies every component a piece's MDX may use. The names come from the
// content contract, so a tag the checker accepts and the registry lacks does not compile.
import type { ComponentType } from "react";
import type { ComponentName } from "../course/components";
import { BestFit } from "../exercises/best-fit/BestFit";
import { OrderSteps } from "../exercises/order-steps/OrderSteps";
import { Quiz } from "../exercises/choice/Quiz";
import { Recall } from "../exercises/recall/Recall";
import { Review } from "../review/Review";
import { Simulator } from "../rollout/Simulator";
import { Callout, Recap } from "./Callout";
import { Cite } from "./Cite";
import { H2, H3 } from "./SectionHeading";
import { A, Pre, Table, Td, Th } from "./Table";
import { Tier } from "./Tier";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- MDX passes each tag its own props
const authorComponents: Record<ComponentName, ComponentType<any>> = {
  Tier,
  Callout,
  Cite,
  Recap,
  Quiz,
  BestFit,
  OrderSteps,
  Recall,
  Review,
  Simulator,
};

export const registry = {
  ...authorComponents,
  h2: H2,
  h3: H3,
  table: Table,
  th: Th,
  td: Td,
  pre: Pre,
  a: A,
};
