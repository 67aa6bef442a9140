import { describe, expect, it } from "vitest";
import { defaultProbe, defaultSimConfig, simulate, type SimConfig } from "../../src/sim";

const balancers = ["L4", "L7"] as const;
const shutdowns = ["graceful", "immediate-exit", "ignored"] as const;
const preStops = [0, 10] as const;

function stressed(balancer: SimConfig["network"]["balancer"], sigterm: SimConfig["termination"]["sigterm"], preStop: number): SimConfig {
  const config = defaultSimConfig();
  return {
    ...config,
    replicas: 5,
    pod: { processStartSeconds: 3, appReadySeconds: 8, startJitterSeconds: 2 },
    readinessProbe: { ...defaultProbe(false), periodSeconds: 2 },
    livenessProbe: { ...defaultProbe(true), periodSeconds: 2, failureThreshold: 2, initialDelaySeconds: 15 },
    termination: { preStopSleepSeconds: preStop, terminationGracePeriodSeconds: 20, sigterm },
    network: { endpointPropagationSeconds: 2, balancer, keepAliveSeconds: 30, clientConnections: 50 },
    traffic: { requestsPerSecond: 73, requestSeconds: 0.7, dependencyShare: 0.6 },
    dbOutage: { fromSeconds: 25, toSeconds: 45 },
    rolloutStartSeconds: 5,
  };
}

describe("request accounting", () => {
  for (const balancer of balancers) {
    for (const sigterm of shutdowns) {
      for (const preStop of preStops) {
        it(`${balancer}, ${sigterm}, preStop ${preStop} s: every request ends exactly once`, () => {
          const result = simulate(stressed(balancer, sigterm, preStop), { durationSeconds: 120, sampleEverySeconds: 2.5 });
          const { totalRequests, served, failed, appErrors, reset } = result.summary;
          expect(totalRequests).toBe(73 * 120);
          expect(served + failed + reset).toBe(totalRequests);
          expect(appErrors).toBeGreaterThan(0);
          expect(appErrors).toBeLessThanOrEqual(failed);
          const last = result.frames.at(-1);
          expect(last?.t).toBe(120);
          expect(last?.cumulative).toEqual({ served, failed, appErrors, reset });
          expect(result.frames.map((f) => f.t).slice(0, 3)).toEqual([0, 2.5, 5]);
          // The storm and the rollout both happened, so every outcome kind is exercised somewhere.
          expect(result.summary.restarts).toBeGreaterThan(0);
          expect(failed).toBeGreaterThan(0);
        });
      }
    }
  }

  it("counts nothing when there is no traffic", () => {
    const config = { ...defaultSimConfig(), traffic: { requestsPerSecond: 0, requestSeconds: 0.2 } };
    const result = simulate(config, { durationSeconds: 30 });
    expect(result.summary).toMatchObject({ totalRequests: 0, served: 0, failed: 0, appErrors: 0, reset: 0, failedShare: 0, firstErrorAt: null });
  });
});
