import { describe, expect, it } from "vitest";
import {
  defaultSimConfig,
  readSetting,
  scenarioIds,
  scenarios,
  settingDomains,
  settingKeys,
  simulate,
  SimConfigError,
  validateSimConfig,
  withSetting,
} from "../../src/sim";

describe("settings", () => {
  it("gives every key a domain", () => {
    expect(settingKeys.length).toBeGreaterThan(20);
    for (const key of settingKeys) expect(settingDomains[key]).toBeDefined();
  });

  it("reads back what it writes, without touching the input", () => {
    const config = defaultSimConfig();
    const before = structuredClone(config);
    const changed = withSetting(config, "termination.preStopSleepSeconds", 7);
    expect(readSetting(changed, "termination.preStopSleepSeconds")).toBe(7);
    expect(config).toEqual(before);
    expect(readSetting(withSetting(config, "network.balancer", "L4"), "network.balancer")).toBe("L4");
    expect(readSetting(withSetting(config, "strategy.maxSurge", "50%"), "strategy.maxSurge")).toBe("50%");
  });

  it("switches a probe on with the dependency-checking default and off again", () => {
    const on = withSetting(defaultSimConfig(), "readinessProbe", true);
    expect(on.readinessProbe).toEqual({
      checksDependency: true,
      initialDelaySeconds: 0,
      periodSeconds: 10,
      failureThreshold: 3,
      successThreshold: 1,
    });
    expect(withSetting(on, "readinessProbe", false).readinessProbe).toBeNull();
    const shallow = withSetting(on, "readinessProbe.checksDependency", false);
    expect(readSetting(shallow, "readinessProbe.checksDependency")).toBe(false);
  });

  it("leaves an absent probe absent when one of its fields is set", () => {
    const config = defaultSimConfig();
    expect(withSetting(config, "livenessProbe.periodSeconds", 3).livenessProbe).toBeNull();
  });

  it("moves the end of the database outage, keeping its start", () => {
    const config = scenarios["liveness-on-database"].config;
    const longer = withSetting(config, "dbOutage.durationSeconds", 45);
    expect(longer.dbOutage).toEqual({ fromSeconds: 60, toSeconds: 105 });
    expect(readSetting(longer, "dbOutage.durationSeconds")).toBe(45);
  });

  it("refuses a value of the wrong type, naming the setting", () => {
    expect(() => withSetting(defaultSimConfig(), "replicas", "4" as unknown as number)).toThrow(/"replicas" takes a number/);
  });

  it.each(scenarioIds)("%s: every exposed setting reads a value of its domain", (id) => {
    const scenario = scenarios[id];
    for (const key of scenario.exposedSettings) {
      const value = readSetting(scenario.config, key);
      const domain = settingDomains[key];
      if (domain.kind === "number") {
        expect(typeof value).toBe("number");
        expect(value as number).toBeGreaterThanOrEqual(domain.min);
        expect(value as number).toBeLessThanOrEqual(domain.max);
      } else if (domain.kind === "toggle") {
        expect(typeof value).toBe("boolean");
      } else if (domain.kind === "choice") {
        expect(domain.options).toContain(value);
      }
    }
  });
});

describe("config validation", () => {
  it("accepts the defaults and every scenario", () => {
    expect(() => validateSimConfig(defaultSimConfig())).not.toThrow();
    for (const id of scenarioIds) expect(() => validateSimConfig(scenarios[id].config)).not.toThrow();
  });

  it("names every bad field with what it got", () => {
    const config = defaultSimConfig();
    const bad = {
      ...config,
      replicas: 0,
      termination: { ...config.termination, terminationGracePeriodSeconds: -1 },
      livenessProbe: { checksDependency: true, initialDelaySeconds: 0, periodSeconds: 10, failureThreshold: 3, successThreshold: 2 },
    };
    let error: unknown;
    try {
      validateSimConfig(bad);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SimConfigError);
    const problems = (error as SimConfigError).problems;
    expect(problems).toContain('"replicas" must be a whole number between 1 and 1000 (got 0)');
    expect(problems).toContain('"termination.terminationGracePeriodSeconds" must be a number ≥ 0 (got -1)');
    expect(problems).toContain('"livenessProbe.successThreshold" must be a whole number between 1 and 1 (got 2)');
    expect(problems).toHaveLength(3);
  });

  it("refuses to simulate maxSurge 0 with maxUnavailable 0", () => {
    const config = { ...defaultSimConfig(), strategy: { maxSurge: 0, maxUnavailable: 0 } };
    expect(() => simulate(config)).toThrow(/cannot both be 0/);
  });

  it("refuses an outage that ends before it starts", () => {
    const config = { ...defaultSimConfig(), dbOutage: { fromSeconds: 50, toSeconds: 40 } };
    expect(() => simulate(config)).toThrow(/"dbOutage.toSeconds" must be after "dbOutage.fromSeconds" \(got 50 to 40\)/);
  });
});
