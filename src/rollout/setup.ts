// A simulator's setup: which of a scenario's settings a learner sees at an altitude, how a value is
// written in a link or a tag (`readinessProbe=on`, `maxSurge=25%`) and read back defensively, and the
// config a set of choices makes. Pure: no React, no DOM.
import { tierIndex, type Tier } from "../course/tiers";
import {
  readSetting,
  settingDomains,
  SimConfigError,
  validateSimConfig,
  withSetting,
  type Scenario,
  type SettingKey,
  type SettingValues,
  type SimConfig,
} from "../sim";

/** The lowest altitude that shows each setting's control: the surface first, the mechanisms, then the network. */
export const settingAltitude: { readonly [K in SettingKey]: Tier } = {
  readinessProbe: "junior",
  "strategy.maxSurge": "junior",
  "strategy.maxUnavailable": "junior",
  replicas: "middle",
  minReadySeconds: "middle",
  "pod.processStartSeconds": "middle",
  "pod.appReadySeconds": "middle",
  "readinessProbe.checksDependency": "middle",
  "readinessProbe.periodSeconds": "middle",
  "readinessProbe.failureThreshold": "middle",
  livenessProbe: "middle",
  "livenessProbe.checksDependency": "middle",
  "livenessProbe.periodSeconds": "middle",
  "livenessProbe.failureThreshold": "middle",
  "termination.preStopSleepSeconds": "middle",
  "termination.terminationGracePeriodSeconds": "middle",
  "termination.sigterm": "middle",
  "dbOutage.durationSeconds": "middle",
  "network.balancer": "senior",
  "network.endpointPropagationSeconds": "senior",
  "network.keepAliveSeconds": "senior",
  "network.retryRefused": "senior",
  "traffic.requestsPerSecond": "senior",
  "traffic.dependencyShare": "senior",
};

/**
 * A setting's name in a link or a tag: the engine's key without the object it sits in, the way the
 * field reads in a manifest (`maxSurge`, `preStopSleepSeconds`); probe and outage fields keep their prefix.
 */
export const linkName: { readonly [K in SettingKey]: string } = {
  replicas: "replicas",
  "strategy.maxSurge": "maxSurge",
  "strategy.maxUnavailable": "maxUnavailable",
  minReadySeconds: "minReadySeconds",
  "pod.processStartSeconds": "processStartSeconds",
  "pod.appReadySeconds": "appReadySeconds",
  readinessProbe: "readinessProbe",
  "readinessProbe.checksDependency": "readinessProbe.checksDependency",
  "readinessProbe.periodSeconds": "readinessProbe.periodSeconds",
  "readinessProbe.failureThreshold": "readinessProbe.failureThreshold",
  livenessProbe: "livenessProbe",
  "livenessProbe.checksDependency": "livenessProbe.checksDependency",
  "livenessProbe.periodSeconds": "livenessProbe.periodSeconds",
  "livenessProbe.failureThreshold": "livenessProbe.failureThreshold",
  "termination.preStopSleepSeconds": "preStopSleepSeconds",
  "termination.terminationGracePeriodSeconds": "terminationGracePeriodSeconds",
  "termination.sigterm": "sigterm",
  "network.endpointPropagationSeconds": "endpointPropagationSeconds",
  "network.balancer": "balancer",
  "network.keepAliveSeconds": "keepAliveSeconds",
  "network.retryRefused": "retryRefused",
  "traffic.requestsPerSecond": "requestsPerSecond",
  "traffic.dependencyShare": "dependencyShare",
  "dbOutage.durationSeconds": "dbOutage.durationSeconds",
};

const keyByName = new Map<string, SettingKey>(
  (Object.entries(linkName) as [SettingKey, string][]).flatMap(([key, name]) => [
    [name.toLowerCase(), key],
    [key.toLowerCase(), key],
  ]),
);

/** The setting a link or tag name stands for (either its short name or the engine's key), any case. */
export function settingNamed(name: string): SettingKey | null {
  return keyByName.get(name.trim().toLowerCase()) ?? null;
}

export type Choices = { [K in SettingKey]?: SettingValues[K] };

/** The scenario's settings that show at this altitude, in the scenario's order. */
export function settingsAt(scenario: Scenario, tier: Tier): SettingKey[] {
  return scenario.exposedSettings.filter((key) => tierIndex(settingAltitude[key]) <= tierIndex(tier));
}

/** A value as it is written in a link, a tag or a control: `on`, `25%`, `2.5`, `L4`. */
export function formatValue(key: SettingKey, value: SettingValues[SettingKey]): string {
  if (typeof value === "boolean") return value ? "on" : "off";
  return String(value);
}

const numberPattern = /^\d+(\.\d+)?$/;
const percentPattern = /^(\d{1,3})%$/;

/** Reads a written value; null when the setting does not accept it (wrong type, out of range, off its step). */
export function parseValue(key: SettingKey, raw: string): SettingValues[SettingKey] | null {
  const text = raw.trim();
  const domain = settingDomains[key];
  switch (domain.kind) {
    case "toggle": {
      const word = text.toLowerCase();
      if (word === "on" || word === "true") return true;
      if (word === "off" || word === "false") return false;
      return null;
    }
    case "choice":
      return (domain.options.find((o) => o.toLowerCase() === text.toLowerCase()) as SettingValues["network.balancer" | "termination.sigterm"] | undefined) ?? null;
    case "int-or-percent": {
      const percent = percentPattern.exec(text);
      if (percent) return Number(percent[1]) <= 100 ? (`${Number(percent[1])}%` as `${number}%`) : null;
      if (!/^\d{1,3}$/.test(text)) return null;
      return Number(text);
    }
    case "number": {
      if (!numberPattern.test(text)) return null;
      const value = Number(text);
      if (value < domain.min || value > domain.max) return null;
      const steps = (value - domain.min) / domain.step;
      return Math.abs(steps - Math.round(steps)) < 1e-9 ? value : null;
    }
  }
}

// Probe switches go first, so that a probe's fields land on a probe that exists.
const order = (key: SettingKey) => (key === "readinessProbe" || key === "livenessProbe" ? 0 : 1);

/** The config with each choice applied, switches before the fields they enable. Not validated here. */
export function applyChoices(config: SimConfig, choices: Choices): SimConfig {
  const keys = (Object.keys(choices) as SettingKey[]).sort((a, b) => order(a) - order(b));
  return keys.reduce((next, key) => {
    const value = choices[key];
    return value === undefined ? next : withSetting(next, key, value);
  }, config);
}

/** The current value of each setting, read from a config. */
export function valuesOf(config: SimConfig, keys: readonly SettingKey[]): Choices {
  const values: Choices = {};
  for (const key of keys) (values as Record<SettingKey, unknown>)[key] = readSetting(config, key);
  return values;
}

/** Why a config cannot run, in the engine's words, or null when it can. */
export function configProblem(config: SimConfig): string | null {
  try {
    validateSimConfig(config);
    return null;
  } catch (error) {
    if (error instanceof SimConfigError) return error.problems.join(" ");
    throw error;
  }
}

/** The tag's `settings` attribute, `name=value` pairs split by commas; it may set any setting. */
export function parseSettingsList(text: string): { choices: Choices; problems: string[] } {
  const choices: Choices = {};
  const problems: string[] = [];
  for (const pair of text.split(",").map((p) => p.trim()).filter(Boolean)) {
    const [name = "", raw, ...rest] = pair.split("=");
    const key = settingNamed(name);
    const value = key && raw !== undefined && rest.length === 0 ? parseValue(key, raw) : null;
    if (!key) problems.push(`"${name}" is not a setting`);
    else if (value === null) problems.push(`"${pair}" is not a value ${linkName[key]} accepts`);
    else (choices as Record<SettingKey, unknown>)[key] = value;
  }
  return { choices, problems };
}

export type LinkProblem =
  | { kind: "unknown"; name: string }
  | { kind: "invalid"; key: SettingKey; raw: string; fallback: string }
  | { kind: "hidden"; key: SettingKey; tier: Tier }
  | { kind: "combination"; keys: SettingKey[]; problem: string };

export const simParam = "sim";

/**
 * The choices a link makes for this simulator, or null when the link is not about it. Anything the
 * simulator cannot take is left at the setup's value and reported, never thrown.
 */
export function readLink(search: string, scenario: Scenario, tier: Tier, setup: SimConfig): { choices: Choices; problems: LinkProblem[] } | null {
  const params = new URLSearchParams(search);
  if (params.get(simParam) !== scenario.id) return null;
  const choices: Choices = {};
  const found: LinkProblem[] = [];
  // A link repeating a parameter (10,000 times, say) says each problem once.
  const seen = new Set<string>();
  const problems = {
    push(problem: LinkProblem) {
      const key = JSON.stringify(problem);
      if (seen.has(key)) return;
      seen.add(key);
      found.push(problem);
    },
  };
  const visible = settingsAt(scenario, tier);
  for (const [name, raw] of params) {
    if (name === simParam) continue;
    const key = settingNamed(name);
    if (!key || !scenario.exposedSettings.includes(key)) {
      problems.push({ kind: "unknown", name });
      continue;
    }
    if (!visible.includes(key)) {
      problems.push({ kind: "hidden", key, tier: settingAltitude[key] });
      continue;
    }
    const value = parseValue(key, raw);
    if (value === null) problems.push({ kind: "invalid", key, raw, fallback: formatValue(key, readSetting(setup, key)) });
    else (choices as Record<SettingKey, unknown>)[key] = value;
  }
  const problem = configProblem(applyChoices(setup, choices));
  if (problem) {
    // Keep what the setup had for the surge pair, the one combination the controls can make invalid.
    const keys = (["strategy.maxSurge", "strategy.maxUnavailable"] as const).filter((k) => k in choices);
    for (const key of keys) delete choices[key];
    if (configProblem(applyChoices(setup, choices)) !== null) return { choices: {}, problems: [...found, { kind: "combination", keys: visible, problem }] };
    problems.push({ kind: "combination", keys, problem });
  }
  return { choices, problems: found };
}

/** The query string (without `?`) that sets this simulator up with these values. */
export function linkQuery(scenario: Scenario, values: Choices): string {
  const params = new URLSearchParams({ [simParam]: scenario.id });
  for (const key of scenario.exposedSettings) {
    const value = values[key];
    if (value !== undefined) params.set(linkName[key], formatValue(key, value));
  }
  return params.toString();
}

/** The keys whose values differ between two sets of choices. */
export function changedKeys(keys: readonly SettingKey[], before: Choices, after: Choices): SettingKey[] {
  return keys.filter((key) => before[key] !== after[key]);
}
