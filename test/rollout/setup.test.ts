import { describe, expect, it } from "vitest";
import { readSetting, scenarios, settingKeys, type SimConfig } from "../../src/sim";
import {
  applyChoices,
  configProblem,
  linkName,
  linkQuery,
  parseSettingsList,
  parseValue,
  readLink,
  settingNamed,
  settingsAt,
  valuesOf,
} from "../../src/rollout/setup";

const hook = scenarios["the-hook"];

describe("settings at each altitude", () => {
  it("shows junior the probe switch and the surge pair, and adds the mechanisms and the network further up", () => {
    expect(settingsAt(hook, "junior")).toEqual(["readinessProbe", "strategy.maxSurge", "strategy.maxUnavailable"]);
    expect(settingsAt(hook, "middle")).toEqual(hook.exposedSettings);
    expect(settingsAt(scenarios["no-prestop"], "middle")).not.toContain("network.endpointPropagationSeconds");
    expect(settingsAt(scenarios["no-prestop"], "senior")).toContain("network.endpointPropagationSeconds");
    expect(settingsAt(scenarios["l4-vs-l7"], "senior")).toContain("network.balancer");
  });
});

describe("names and values in a link", () => {
  it("gives every setting one short name, read back in any case or as the engine's key", () => {
    const names = Object.values(linkName);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(settingKeys.length);
    for (const key of settingKeys) {
      expect(settingNamed(linkName[key])).toBe(key);
      expect(settingNamed(key.toUpperCase())).toBe(key);
    }
    expect(settingNamed("maxsurge")).toBe("strategy.maxSurge");
    expect(settingNamed("surge")).toBeNull();
  });

  it("reads only values the setting accepts", () => {
    expect(parseValue("readinessProbe", "on")).toBe(true);
    expect(parseValue("readinessProbe", "FALSE")).toBe(false);
    expect(parseValue("readinessProbe", "yes")).toBeNull();
    expect(parseValue("strategy.maxSurge", "25%")).toBe("25%");
    expect(parseValue("strategy.maxSurge", "1")).toBe(1);
    expect(parseValue("strategy.maxSurge", "101%")).toBeNull();
    expect(parseValue("strategy.maxSurge", "-1")).toBeNull();
    expect(parseValue("strategy.maxSurge", "1.5")).toBeNull();
    expect(parseValue("network.endpointPropagationSeconds", "2.5")).toBe(2.5);
    expect(parseValue("network.endpointPropagationSeconds", "2.25")).toBeNull();
    expect(parseValue("termination.preStopSleepSeconds", "61")).toBeNull();
    expect(parseValue("termination.preStopSleepSeconds", "1e1")).toBeNull();
    expect(parseValue("network.balancer", "l7")).toBe("L7");
    expect(parseValue("termination.sigterm", "ignored")).toBe("ignored");
    expect(parseValue("termination.sigterm", "kill")).toBeNull();
  });
});

describe("reading a link", () => {
  const search = (q: string) => readLink(q, hook, "junior", hook.config);

  it("with 10,000 parameters says each distinct problem once", () => {
    const read = search(`?sim=the-hook&${Array.from({ length: 10_000 }, (_, i) => (i % 2 ? "nope=1" : "maxSurge=lots")).join("&")}`);
    expect(read?.problems).toHaveLength(2);
    expect(read?.problems.map((p) => p.kind).sort()).toEqual(["invalid", "unknown"]);
  });

  it("is not about this simulator unless it names its scenario", () => {
    expect(search("")).toBeNull();
    expect(search("?sim=the-fix&readinessProbe=on")).toBeNull();
  });

  it("sets the simulator up as the link says", () => {
    expect(search("?sim=the-hook&readinessProbe=on&maxSurge=1&maxUnavailable=0")).toEqual({
      choices: { readinessProbe: true, "strategy.maxSurge": 1, "strategy.maxUnavailable": 0 },
      problems: [],
    });
  });

  it("keeps the setup's value for anything malformed, out of range, unknown or above this altitude, and says so", () => {
    const read = search("?sim=the-hook&maxSurge=lots&readinessProbe=on&balancer=L4&appReadySeconds=5&x=%ZZ");
    expect(read?.choices).toEqual({ readinessProbe: true });
    expect(read?.problems).toEqual([
      { kind: "invalid", key: "strategy.maxSurge", raw: "lots", fallback: "25%" },
      { kind: "unknown", name: "balancer" },
      { kind: "hidden", key: "pod.appReadySeconds", tier: "middle" },
      { kind: "unknown", name: "x" },
    ]);
  });

  it("refuses a surge pair that can never move, and keeps the scenario's", () => {
    const read = search("?sim=the-hook&maxSurge=0&maxUnavailable=0&readinessProbe=on");
    expect(read?.choices).toEqual({ readinessProbe: true });
    expect(read?.problems).toHaveLength(1);
    expect(read?.problems[0]).toMatchObject({ kind: "combination", keys: ["strategy.maxSurge", "strategy.maxUnavailable"] });
  });

  it("never throws, whatever the query holds", () => {
    const pieces = ["sim=the-hook", "maxSurge=", "=1", "%", "&&", "maxSurge=100%25", "readinessProbe=on", "maxUnavailable=0", "maxSurge=0", "💥=1", "sim=", "readinessProbe.periodSeconds=3"];
    for (let i = 0; i < 500; i++) {
      const query = Array.from({ length: 1 + (i % 5) }, (_, j) => pieces[(i * 7 + j * 13) % pieces.length]).join("&");
      const read = readLink(`?sim=the-hook&${query}`, hook, "middle", hook.config);
      expect(read).not.toBeNull();
      expect(configProblem(applyChoices(hook.config, read?.choices ?? {}))).toBeNull();
    }
  });

  it("round-trips the link it writes", () => {
    const config: SimConfig = applyChoices(hook.config, { readinessProbe: true, "strategy.maxSurge": "50%", "pod.appReadySeconds": 30 });
    const values = valuesOf(config, settingsAt(hook, "middle"));
    const query = linkQuery(hook, values);
    expect(query).toContain("sim=the-hook");
    expect(query).toContain("maxSurge=50%25");
    expect(readLink(`?${query}`, hook, "middle", hook.config)).toEqual({ choices: values, problems: [] });
  });
});

describe("a tag's settings", () => {
  it("reads name=value pairs and reports the ones it cannot take", () => {
    const { choices, problems } = parseSettingsList("readinessProbe=on, readinessProbe.periodSeconds=5,maxUnavailable=0");
    expect(choices).toEqual({ readinessProbe: true, "readinessProbe.periodSeconds": 5, "strategy.maxUnavailable": 0 });
    expect(problems).toEqual([]);
    expect(parseSettingsList("surge=1,maxSurge=x,maxSurge").problems).toHaveLength(3);
  });

  it("switches a probe on before setting its fields, whatever the order written", () => {
    const config = applyChoices(hook.config, { "readinessProbe.periodSeconds": 5, readinessProbe: true });
    expect(readSetting(config, "readinessProbe.periodSeconds")).toBe(5);
  });
});
