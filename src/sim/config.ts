// Kubernetes' defaults for a simulated Deployment (fact sheet §0–§1), and the check that turns a bad
// config into one error naming every field that is wrong, instead of a run that quietly misleads.

import { resolveFenceposts } from "./fenceposts";
import type { ProbeConfig, SimConfig } from "./types";

/** Probe defaults from SetDefaults_Probe (fact 1.1): period 10 s, thresholds 3 and 1, no initial delay. */
export function defaultProbe(checksDependency: boolean): ProbeConfig {
  return { checksDependency, initialDelaySeconds: 0, periodSeconds: 10, failureThreshold: 3, successThreshold: 1 };
}

/**
 * A Deployment left at Kubernetes' defaults: 25%/25% strategy, minReadySeconds 0, deadline 600 s,
 * no probes, grace period 30 s, no preStop. The app and traffic figures are this course's choice.
 */
export function defaultSimConfig(): SimConfig {
  return {
    replicas: 4,
    strategy: { maxSurge: "25%", maxUnavailable: "25%" },
    minReadySeconds: 0,
    progressDeadlineSeconds: 600,
    pod: { processStartSeconds: 5, appReadySeconds: 10, startJitterSeconds: 0 },
    readinessProbe: null,
    livenessProbe: null,
    termination: { preStopSleepSeconds: 0, terminationGracePeriodSeconds: 30, sigterm: "graceful" },
    // Traffic enters through an ingress (L7) that reprograms at most once a second, the rate limit
    // kube-proxy's --iptables-min-sync-period sets by default (fact 3.8); it retries nothing.
    network: { endpointPropagationSeconds: 1, balancer: "L7", keepAliveSeconds: 60, clientConnections: 200, retryRefused: false },
    traffic: { requestsPerSecond: 100, requestSeconds: 0.2, dependencyShare: 1 },
    dbOutage: null,
    rolloutStartSeconds: 10,
    seed: 1,
  };
}

/** A config with every optional field filled in; what the engine runs on. */
export interface CompleteSimConfig extends SimConfig {
  pod: Required<SimConfig["pod"]>;
  network: Required<SimConfig["network"]>;
  traffic: Required<SimConfig["traffic"]>;
  dbOutage: NonNullable<SimConfig["dbOutage"]> | null;
}

export class SimConfigError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Invalid rollout simulation config:\n- ${problems.join("\n- ")}`);
    this.name = "SimConfigError";
    this.problems = problems;
  }
}

const MAX_REQUEST_SECONDS = 60;

/** Throws a SimConfigError listing each invalid field with what it got and what it expects. */
export function validateSimConfig(config: SimConfig): CompleteSimConfig {
  const problems: string[] = [];
  const got = (value: unknown): string => (typeof value === "string" ? JSON.stringify(value) : String(value));
  const number = (field: string, value: unknown, min: number, max = Infinity, whole = false): void => {
    const ok = typeof value === "number" && Number.isFinite(value) && value >= min && value <= max;
    if (!ok || (whole && !Number.isInteger(value))) {
      const range = max === Infinity ? `≥ ${min}` : `between ${min} and ${max}`;
      problems.push(`"${field}" must be ${whole ? "a whole number" : "a number"} ${range} (got ${got(value)})`);
    }
  };
  const oneOf = (field: string, value: unknown, options: readonly string[]): void => {
    if (typeof value !== "string" || !options.includes(value)) {
      problems.push(`"${field}" must be one of ${options.map((o) => JSON.stringify(o)).join(", ")} (got ${got(value)})`);
    }
  };
  const probe = (field: string, value: ProbeConfig | null, liveness: boolean): void => {
    if (value === null) return;
    if (typeof value.checksDependency !== "boolean") {
      problems.push(`"${field}.checksDependency" must be true or false (got ${got(value.checksDependency)})`);
    }
    number(`${field}.initialDelaySeconds`, value.initialDelaySeconds, 0);
    number(`${field}.periodSeconds`, value.periodSeconds, 1);
    number(`${field}.failureThreshold`, value.failureThreshold, 1, Infinity, true);
    if (liveness) number(`${field}.successThreshold`, value.successThreshold, 1, 1, true);
    else number(`${field}.successThreshold`, value.successThreshold, 1, Infinity, true);
    const grace = value.terminationGracePeriodSeconds ?? null;
    if (grace !== null) {
      // The API rejects a probe-level grace period on a readiness probe (fact 1.12).
      if (!liveness) problems.push(`"${field}.terminationGracePeriodSeconds" can only be set on a liveness or startup probe (got ${got(grace)})`);
      else number(`${field}.terminationGracePeriodSeconds`, grace, 1);
    }
  };

  number("replicas", config.replicas, 1, 1000, true);
  try {
    resolveFenceposts(
      Number.isInteger(config.replicas) && config.replicas > 0 ? config.replicas : 1,
      config.strategy.maxSurge,
      config.strategy.maxUnavailable,
    );
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  number("minReadySeconds", config.minReadySeconds, 0);
  number("progressDeadlineSeconds", config.progressDeadlineSeconds, 1);
  if (config.progressDeadlineSeconds <= config.minReadySeconds) {
    problems.push(
      `"progressDeadlineSeconds" must be greater than "minReadySeconds" (got ${got(config.progressDeadlineSeconds)} and ${got(config.minReadySeconds)})`,
    );
  }
  number("pod.processStartSeconds", config.pod.processStartSeconds, 0);
  number("pod.appReadySeconds", config.pod.appReadySeconds, 0);
  number("pod.startJitterSeconds", config.pod.startJitterSeconds ?? 0, 0);
  probe("readinessProbe", config.readinessProbe, false);
  probe("livenessProbe", config.livenessProbe, true);
  number("termination.preStopSleepSeconds", config.termination.preStopSleepSeconds, 0);
  number("termination.terminationGracePeriodSeconds", config.termination.terminationGracePeriodSeconds, 0);
  oneOf("termination.sigterm", config.termination.sigterm, ["graceful", "immediate-exit", "ignored"]);
  number("network.endpointPropagationSeconds", config.network.endpointPropagationSeconds, 0);
  oneOf("network.balancer", config.network.balancer, ["L4", "L7"]);
  number("network.keepAliveSeconds", config.network.keepAliveSeconds ?? 60, 0.1);
  number("network.clientConnections", config.network.clientConnections ?? 200, 1, 100_000, true);
  if (typeof (config.network.retryRefused ?? false) !== "boolean") {
    problems.push(`"network.retryRefused" must be true or false (got ${got(config.network.retryRefused)})`);
  }
  number("traffic.requestsPerSecond", config.traffic.requestsPerSecond, 0, 100_000);
  number("traffic.requestSeconds", config.traffic.requestSeconds, 0.1, MAX_REQUEST_SECONDS);
  number("traffic.dependencyShare", config.traffic.dependencyShare ?? 1, 0, 1);
  const outage = config.dbOutage ?? null;
  if (outage !== null) {
    number("dbOutage.fromSeconds", outage.fromSeconds, 0);
    number("dbOutage.toSeconds", outage.toSeconds, 0);
    if (!(outage.toSeconds > outage.fromSeconds)) {
      problems.push(`"dbOutage.toSeconds" must be after "dbOutage.fromSeconds" (got ${got(outage.fromSeconds)} to ${got(outage.toSeconds)})`);
    }
  }
  if (config.rolloutStartSeconds !== null) number("rolloutStartSeconds", config.rolloutStartSeconds, 0);
  number("seed", config.seed, -(2 ** 53), 2 ** 53, true);

  if (problems.length > 0) throw new SimConfigError(problems);
  return {
    ...config,
    pod: { ...config.pod, startJitterSeconds: config.pod.startJitterSeconds ?? 0 },
    network: {
      ...config.network,
      keepAliveSeconds: config.network.keepAliveSeconds ?? 60,
      clientConnections: config.network.clientConnections ?? 200,
      retryRefused: config.network.retryRefused ?? false,
    },
    traffic: { ...config.traffic, dependencyShare: config.traffic.dependencyShare ?? 1 },
    dbOutage: outage,
  };
}
