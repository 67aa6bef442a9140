// The rollouts the lesson plays, as data: each is a config, the settings the learner may change,
// and how long to run. Their outcomes are pinned by test/sim/scenarios.test.ts.

import { defaultProbe, defaultSimConfig } from "./config";
import type { SettingKey } from "./settings";
import type { SimConfig } from "./types";

export type ScenarioId = "the-hook" | "the-fix" | "liveness-on-database" | "no-prestop" | "l4-vs-l7";

export interface Scenario {
  id: ScenarioId;
  title: string;
  summary: string;
  config: SimConfig;
  exposedSettings: readonly SettingKey[];
  durationSeconds: number;
}

/**
 * The app of the opening story: a heavy image (20 s to pull and start) whose database pool takes
 * 100 s to open; 35% of requests need the database, the rest are served from memory.
 */
function slowStartingApp(): SimConfig {
  const config = defaultSimConfig();
  return {
    ...config,
    replicas: 4,
    pod: { processStartSeconds: 20, appReadySeconds: 100, startJitterSeconds: 1 },
    // The old pods shut down cleanly, so the only failures come from the new pods' start-up.
    termination: { ...config.termination, preStopSleepSeconds: 5 },
    traffic: { ...config.traffic, dependencyShare: 0.35 },
    seed: 7,
  };
}

/** A quick-starting app, for the scenarios about what happens when pods stop. */
function quickApp(): SimConfig {
  const config = defaultSimConfig();
  return {
    ...config,
    replicas: 4,
    strategy: { maxSurge: 1, maxUnavailable: 0 },
    pod: { processStartSeconds: 5, appReadySeconds: 5, startJitterSeconds: 1 },
    readinessProbe: { ...defaultProbe(true), periodSeconds: 2 },
    seed: 11,
  };
}

const hook = slowStartingApp();
const quick = quickApp();

export const scenarios: { readonly [K in ScenarioId]: Scenario & { id: K } } = {
  "the-hook": {
    id: "the-hook",
    title: "Green rollout, red pager",
    summary:
      "No readiness probe: each new pod counts as ready the moment its process starts, long before its database " +
      "pool is open. The rollout reports success in about 40 s; about 30% of requests, the ones that need the " +
      "database, get the app's 503 for two minutes.",
    config: hook,
    exposedSettings: [
      "readinessProbe",
      "readinessProbe.checksDependency",
      "strategy.maxSurge",
      "strategy.maxUnavailable",
      "pod.appReadySeconds",
    ],
    durationSeconds: 200,
  },
  "the-fix": {
    id: "the-fix",
    title: "A readiness probe that means it",
    summary:
      "The same app with a readiness probe that exercises the database, maxSurge 1 and maxUnavailable 0. " +
      "No request fails; the rollout now takes as long as the app really needs.",
    config: {
      ...hook,
      strategy: { maxSurge: 1, maxUnavailable: 0 },
      readinessProbe: defaultProbe(true),
    },
    exposedSettings: [
      "readinessProbe",
      "readinessProbe.checksDependency",
      "readinessProbe.periodSeconds",
      "strategy.maxSurge",
      "strategy.maxUnavailable",
    ],
    durationSeconds: 600,
  },
  "liveness-on-database": {
    id: "liveness-on-database",
    title: "The restart storm",
    summary:
      "A 20 s database blip with a liveness probe that checks the database and waits 45 s after each start: the " +
      "kubelet restarts every pod, and each one has to open its pool again, so the outage lasts far longer than " +
      "the blip. Point the liveness probe at the process only and the errors end with the blip.",
    config: {
      ...quick,
      pod: { processStartSeconds: 5, appReadySeconds: 30, startJitterSeconds: 1 },
      readinessProbe: { ...defaultProbe(false), periodSeconds: 5 },
      livenessProbe: { ...defaultProbe(true), periodSeconds: 5, failureThreshold: 3, initialDelaySeconds: 45 },
      traffic: { ...quick.traffic, dependencyShare: 0.35 },
      dbOutage: { fromSeconds: 60, toSeconds: 80 },
      rolloutStartSeconds: null,
    },
    exposedSettings: [
      "livenessProbe",
      "livenessProbe.checksDependency",
      "livenessProbe.failureThreshold",
      "readinessProbe.checksDependency",
      "dbOutage.durationSeconds",
    ],
    durationSeconds: 240,
  },
  "no-prestop": {
    id: "no-prestop",
    title: "SIGTERM outruns the endpoint update",
    summary:
      "The app handles SIGTERM well, but without a preStop sleep it stops accepting while the ingress, which " +
      "applies endpoint changes at most every 3 s, still sends it requests. A preStop sleep at least that long " +
      "closes the gap; so does an ingress that retries a refused connection on another pod.",
    config: {
      ...quick,
      termination: { preStopSleepSeconds: 0, terminationGracePeriodSeconds: 30, sigterm: "graceful" },
      network: { ...quick.network, endpointPropagationSeconds: 3, balancer: "L7" },
    },
    exposedSettings: [
      "termination.preStopSleepSeconds",
      "network.endpointPropagationSeconds",
      "network.retryRefused",
      "termination.sigterm",
      "termination.terminationGracePeriodSeconds",
    ],
    durationSeconds: 120,
  },
  "l4-vs-l7": {
    id: "l4-vs-l7",
    title: "An L4 balancer cannot drain requests",
    summary:
      "An app that exits as soon as SIGTERM arrives, behind a 10 s preStop sleep; each request takes 1 s. Behind " +
      "an L7 proxy nothing fails: by the end of the sleep the proxy has stopped sending, so nothing is in flight. " +
      "Behind an L4 balancer, clients keep sending requests over their keep-alive connections to the terminating " +
      "pod, and those in flight when it exits are reset. An app that drains, closing its connections, resets none.",
    config: {
      ...quick,
      termination: { preStopSleepSeconds: 10, terminationGracePeriodSeconds: 30, sigterm: "immediate-exit" },
      network: { endpointPropagationSeconds: 2, balancer: "L4", keepAliveSeconds: 60, clientConnections: 200 },
      traffic: { ...quick.traffic, requestSeconds: 1 },
    },
    exposedSettings: [
      "network.balancer",
      "network.keepAliveSeconds",
      "termination.preStopSleepSeconds",
      "termination.sigterm",
    ],
    durationSeconds: 150,
  },
};

/** The order the lesson presents them in. */
export const scenarioIds: readonly ScenarioId[] = ["the-hook", "the-fix", "liveness-on-database", "no-prestop", "l4-vs-l7"];
