// The knobs a scenario may hand to the learner: stable keys, the values each accepts, and pure
// read/write on a config. Labels live in the UI dictionary, not here.

import { defaultProbe } from "./config";
import type { Balancer, IntOrPercent, ProbeConfig, SigtermHandling, SimConfig } from "./types";

/** Every setting key and the type of its value. */
export interface SettingValues {
  replicas: number;
  "strategy.maxSurge": IntOrPercent;
  "strategy.maxUnavailable": IntOrPercent;
  minReadySeconds: number;
  "pod.processStartSeconds": number;
  "pod.appReadySeconds": number;
  /** Whether there is a readiness probe at all. */
  readinessProbe: boolean;
  "readinessProbe.checksDependency": boolean;
  "readinessProbe.periodSeconds": number;
  "readinessProbe.failureThreshold": number;
  /** Whether there is a liveness probe at all. */
  livenessProbe: boolean;
  "livenessProbe.checksDependency": boolean;
  "livenessProbe.periodSeconds": number;
  "livenessProbe.failureThreshold": number;
  "termination.preStopSleepSeconds": number;
  "termination.terminationGracePeriodSeconds": number;
  "termination.sigterm": SigtermHandling;
  "network.endpointPropagationSeconds": number;
  "network.balancer": Balancer;
  "network.keepAliveSeconds": number;
  /** L7: the ingress passes a refused connection's request to the next pod (nginx's proxy_next_upstream). */
  "network.retryRefused": boolean;
  "traffic.requestsPerSecond": number;
  "traffic.dependencyShare": number;
  /** Length of the database outage; it keeps its start time. */
  "dbOutage.durationSeconds": number;
}

export type SettingKey = keyof SettingValues;

export type SettingDomain =
  | { kind: "number"; min: number; max: number; step: number; unit: "s" | "pods" | "requests/s" | "share" | "count" }
  | { kind: "int-or-percent" }
  | { kind: "choice"; options: readonly string[] }
  | { kind: "toggle" };

const seconds = (min: number, max: number, step = 1): SettingDomain => ({ kind: "number", min, max, step, unit: "s" });
const count = (min: number, max: number): SettingDomain => ({ kind: "number", min, max, step: 1, unit: "count" });

/** What each setting accepts; typed so that a new key without a domain does not compile. */
export const settingDomains: { readonly [K in SettingKey]: SettingDomain } = {
  replicas: { kind: "number", min: 1, max: 20, step: 1, unit: "pods" },
  "strategy.maxSurge": { kind: "int-or-percent" },
  "strategy.maxUnavailable": { kind: "int-or-percent" },
  minReadySeconds: seconds(0, 120),
  "pod.processStartSeconds": seconds(0, 120),
  "pod.appReadySeconds": seconds(0, 300),
  readinessProbe: { kind: "toggle" },
  "readinessProbe.checksDependency": { kind: "toggle" },
  "readinessProbe.periodSeconds": seconds(1, 60),
  "readinessProbe.failureThreshold": count(1, 10),
  livenessProbe: { kind: "toggle" },
  "livenessProbe.checksDependency": { kind: "toggle" },
  "livenessProbe.periodSeconds": seconds(1, 60),
  "livenessProbe.failureThreshold": count(1, 10),
  "termination.preStopSleepSeconds": seconds(0, 60),
  "termination.terminationGracePeriodSeconds": seconds(0, 120),
  "termination.sigterm": { kind: "choice", options: ["graceful", "immediate-exit", "ignored"] },
  "network.endpointPropagationSeconds": seconds(0, 30, 0.5),
  "network.balancer": { kind: "choice", options: ["L4", "L7"] },
  "network.keepAliveSeconds": seconds(1, 300),
  "network.retryRefused": { kind: "toggle" },
  "traffic.requestsPerSecond": { kind: "number", min: 1, max: 1000, step: 1, unit: "requests/s" },
  "traffic.dependencyShare": { kind: "number", min: 0, max: 1, step: 0.05, unit: "share" },
  "dbOutage.durationSeconds": seconds(1, 300),
};

export const settingKeys = Object.keys(settingDomains) as SettingKey[];

type ProbeField = "checksDependency" | "periodSeconds" | "failureThreshold";

function probeField(probe: ProbeConfig | null, field: ProbeField, fallback: ProbeConfig): ProbeConfig[ProbeField] {
  return (probe ?? fallback)[field];
}

/** Reads a setting. A field of an absent probe reads as that probe's default. */
export function readSetting<K extends SettingKey>(config: SimConfig, key: K): SettingValues[K] {
  return read(config, key) as SettingValues[K];
}

function read(config: SimConfig, key: SettingKey): SettingValues[SettingKey] {
  switch (key) {
    case "replicas":
      return config.replicas;
    case "strategy.maxSurge":
      return config.strategy.maxSurge;
    case "strategy.maxUnavailable":
      return config.strategy.maxUnavailable;
    case "minReadySeconds":
      return config.minReadySeconds;
    case "pod.processStartSeconds":
      return config.pod.processStartSeconds;
    case "pod.appReadySeconds":
      return config.pod.appReadySeconds;
    case "readinessProbe":
      return config.readinessProbe !== null;
    case "readinessProbe.checksDependency":
      return probeField(config.readinessProbe, "checksDependency", defaultProbe(true));
    case "readinessProbe.periodSeconds":
      return probeField(config.readinessProbe, "periodSeconds", defaultProbe(true));
    case "readinessProbe.failureThreshold":
      return probeField(config.readinessProbe, "failureThreshold", defaultProbe(true));
    case "livenessProbe":
      return config.livenessProbe !== null;
    case "livenessProbe.checksDependency":
      return probeField(config.livenessProbe, "checksDependency", defaultProbe(false));
    case "livenessProbe.periodSeconds":
      return probeField(config.livenessProbe, "periodSeconds", defaultProbe(false));
    case "livenessProbe.failureThreshold":
      return probeField(config.livenessProbe, "failureThreshold", defaultProbe(false));
    case "termination.preStopSleepSeconds":
      return config.termination.preStopSleepSeconds;
    case "termination.terminationGracePeriodSeconds":
      return config.termination.terminationGracePeriodSeconds;
    case "termination.sigterm":
      return config.termination.sigterm;
    case "network.endpointPropagationSeconds":
      return config.network.endpointPropagationSeconds;
    case "network.balancer":
      return config.network.balancer;
    case "network.keepAliveSeconds":
      return config.network.keepAliveSeconds ?? 60;
    case "network.retryRefused":
      return config.network.retryRefused ?? false;
    case "traffic.requestsPerSecond":
      return config.traffic.requestsPerSecond;
    case "traffic.dependencyShare":
      return config.traffic.dependencyShare ?? 1;
    case "dbOutage.durationSeconds":
      return config.dbOutage ? config.dbOutage.toSeconds - config.dbOutage.fromSeconds : 0;
  }
}

/**
 * Returns a copy of `config` with one setting changed; the input is not touched. Changing a field
 * of an absent probe, or the length of an absent outage, changes nothing: switch the probe on first.
 * The result is checked when it is simulated.
 */
export function withSetting<K extends SettingKey>(config: SimConfig, key: K, value: SettingValues[K]): SimConfig {
  const next = structuredClone(config);
  const v = value as SettingValues[SettingKey];
  const num = (): number => {
    if (typeof v !== "number") throw new TypeError(`setting "${key}" takes a number (got ${JSON.stringify(v)})`);
    return v;
  };
  const bool = (): boolean => {
    if (typeof v !== "boolean") throw new TypeError(`setting "${key}" takes true or false (got ${JSON.stringify(v)})`);
    return v;
  };
  switch (key as SettingKey) {
    case "replicas":
      next.replicas = num();
      break;
    case "strategy.maxSurge":
      next.strategy.maxSurge = v as IntOrPercent;
      break;
    case "strategy.maxUnavailable":
      next.strategy.maxUnavailable = v as IntOrPercent;
      break;
    case "minReadySeconds":
      next.minReadySeconds = num();
      break;
    case "pod.processStartSeconds":
      next.pod.processStartSeconds = num();
      break;
    case "pod.appReadySeconds":
      next.pod.appReadySeconds = num();
      break;
    case "readinessProbe":
      // Switching it on gives the probe that exercises the dependency, the one the lesson recommends.
      next.readinessProbe = bool() ? (next.readinessProbe ?? defaultProbe(true)) : null;
      break;
    case "readinessProbe.checksDependency":
      if (next.readinessProbe) next.readinessProbe.checksDependency = bool();
      break;
    case "readinessProbe.periodSeconds":
      if (next.readinessProbe) next.readinessProbe.periodSeconds = num();
      break;
    case "readinessProbe.failureThreshold":
      if (next.readinessProbe) next.readinessProbe.failureThreshold = num();
      break;
    case "livenessProbe":
      next.livenessProbe = bool() ? (next.livenessProbe ?? defaultProbe(false)) : null;
      break;
    case "livenessProbe.checksDependency":
      if (next.livenessProbe) next.livenessProbe.checksDependency = bool();
      break;
    case "livenessProbe.periodSeconds":
      if (next.livenessProbe) next.livenessProbe.periodSeconds = num();
      break;
    case "livenessProbe.failureThreshold":
      if (next.livenessProbe) next.livenessProbe.failureThreshold = num();
      break;
    case "termination.preStopSleepSeconds":
      next.termination.preStopSleepSeconds = num();
      break;
    case "termination.terminationGracePeriodSeconds":
      next.termination.terminationGracePeriodSeconds = num();
      break;
    case "termination.sigterm":
      next.termination.sigterm = v as SigtermHandling;
      break;
    case "network.endpointPropagationSeconds":
      next.network.endpointPropagationSeconds = num();
      break;
    case "network.balancer":
      next.network.balancer = v as Balancer;
      break;
    case "network.keepAliveSeconds":
      next.network.keepAliveSeconds = num();
      break;
    case "network.retryRefused":
      next.network.retryRefused = bool();
      break;
    case "traffic.requestsPerSecond":
      next.traffic.requestsPerSecond = num();
      break;
    case "traffic.dependencyShare":
      next.traffic.dependencyShare = num();
      break;
    case "dbOutage.durationSeconds":
      if (next.dbOutage) next.dbOutage.toSeconds = next.dbOutage.fromSeconds + num();
      break;
  }
  return next;
}
