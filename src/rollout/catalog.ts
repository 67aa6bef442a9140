// The scenarios' titles for the simulator's placeholder, which the page prerenders before the player
// (and the engine) load. The engine's titles are the source; test/rollout/slot.test.tsx keeps these in step.
import type { ScenarioId } from "../sim/scenarios";

export const scenarioTitles: { readonly [K in ScenarioId]: string } = {
  "the-hook": "Green rollout, red pager",
  "the-fix": "A readiness probe that means it",
  "liveness-on-database": "The restart storm",
  "no-prestop": "SIGTERM outruns the endpoint update",
  "l4-vs-l7": "An L4 balancer cannot drain requests",
};
