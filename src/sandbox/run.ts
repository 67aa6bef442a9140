// What a manifest cannot say (how long the app takes to start and to reach its database, the load,
// what sits in front) as sandbox settings with the lesson's defaults, and the engine config that a
// read manifest and those settings make together. Pure.
import { scenarios } from "../sim/scenarios";
import type { Balancer, SimConfig, SimOptions } from "../sim/types";
import type { DeploymentReading } from "./manifest";

export interface SandboxSettings {
  /** Image pull and container start until the process runs. */
  appStartSeconds: number;
  /** After the process starts, until its database pool is open and it can serve. */
  dependencyReadySeconds: number;
  requestsPerSecond: number;
  balancer: Balancer;
  /** How much simulated time to run. */
  durationSeconds: number;
}

export type SettingName = keyof SandboxSettings;

const hook = scenarios["the-hook"];

/** The lesson's opening story: 20 s to start, 100 s to open the pool, 100 requests/s through an ingress. */
export const defaultSettings: SandboxSettings = {
  appStartSeconds: hook.config.pod.processStartSeconds,
  dependencyReadySeconds: hook.config.pod.appReadySeconds,
  requestsPerSecond: hook.config.traffic.requestsPerSecond,
  balancer: hook.config.network.balancer,
  durationSeconds: 600,
};

export const settingLimits: { readonly [K in Exclude<SettingName, "balancer">]: { min: number; max: number; step: number } } = {
  appStartSeconds: { min: 0, max: 600, step: 1 },
  dependencyReadySeconds: { min: 0, max: 900, step: 1 },
  requestsPerSecond: { min: 1, max: 10_000, step: 1 },
  durationSeconds: { min: 60, max: 3600, step: 1 },
};

export const settingNames: readonly SettingName[] = ["appStartSeconds", "dependencyReadySeconds", "requestsPerSecond", "balancer", "durationSeconds"];

/** Reads settings from untrusted data (a link, saved progress): anything out of range falls back to the default. */
export function readSettings(raw: unknown): SandboxSettings {
  const source = raw !== null && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const out: SandboxSettings = { ...defaultSettings };
  for (const name of settingNames) {
    const value = source[name];
    if (name === "balancer") {
      if (value === "L4" || value === "L7") out.balancer = value;
      continue;
    }
    const limit = settingLimits[name];
    if (typeof value === "number" && Number.isFinite(value) && value >= limit.min && value <= limit.max) out[name] = value;
  }
  return out;
}

/** Why a typed value is not accepted, or null. */
export function settingProblem(name: Exclude<SettingName, "balancer">, raw: string): string | null {
  const limit = settingLimits[name];
  const value = Number(raw.trim());
  if (raw.trim() === "" || !Number.isFinite(value)) return `must be a number from ${limit.min} to ${limit.max}`;
  if (value < limit.min || value > limit.max) return `must be from ${limit.min} to ${limit.max}`;
  if (!Number.isInteger(value / limit.step)) return `must be a whole number`;
  return null;
}

/** The engine config for a read Deployment under these settings; the rest is the lesson's hook. */
export function simConfigOf(deployment: DeploymentReading, settings: SandboxSettings): SimConfig {
  const base = hook.config;
  const probe = (p: DeploymentReading["readinessProbe"]) =>
    p && {
      checksDependency: p.checksDependency,
      initialDelaySeconds: p.initialDelaySeconds,
      periodSeconds: p.periodSeconds,
      failureThreshold: p.failureThreshold,
      successThreshold: p.successThreshold,
      terminationGracePeriodSeconds: p.terminationGracePeriodSeconds,
    };
  return {
    ...base,
    replicas: deployment.replicas,
    strategy: { maxSurge: deployment.maxSurge, maxUnavailable: deployment.maxUnavailable },
    minReadySeconds: deployment.minReadySeconds,
    progressDeadlineSeconds: deployment.progressDeadlineSeconds,
    pod: { ...base.pod, processStartSeconds: settings.appStartSeconds, appReadySeconds: settings.dependencyReadySeconds },
    readinessProbe: probe(deployment.readinessProbe),
    livenessProbe: probe(deployment.livenessProbe),
    termination: {
      preStopSleepSeconds: deployment.preStopSleepSeconds,
      terminationGracePeriodSeconds: deployment.terminationGracePeriodSeconds,
      sigterm: deployment.sigterm,
    },
    network: {
      ...base.network,
      balancer: settings.balancer,
      // Clients hold enough connections for every pod to carry some, as a fleet of clients would.
      clientConnections: Math.min(100_000, Math.max(200, deployment.replicas * 20)),
    },
    traffic: { ...base.traffic, requestsPerSecond: settings.requestsPerSecond },
  };
}

/** Pods listed one by one up to this many; beyond it frames count them, which keeps a big run small. */
export const DETAILED_PODS = 40;

export function simOptionsOf(deployment: Pick<DeploymentReading, "replicas">, settings: Pick<SandboxSettings, "durationSeconds">): SimOptions {
  return {
    durationSeconds: settings.durationSeconds,
    // Every second: playback, narration and the table count frames as seconds.
    sampleEverySeconds: 1,
    podDetail: deployment.replicas > DETAILED_PODS ? "summary" : "full",
  };
}
