// The engine at a sandbox's sizes: a thousand replicas, ten thousand requests a second, an hour.
import { describe, expect, it } from "vitest";
import { scaleConfig, scaleOptions } from "../../scripts/bench-sim";
import { scenarios, simulate, type PodSummary, type SimConfig } from "../../src/sim";

describe("at scale", () => {
  it("runs 1,000 replicas at 10,000 requests/s for an hour, and every request is counted once", () => {
    const config = scaleConfig(1000, 10_000);
    const options = scaleOptions(1000, 3600);
    const result = simulate(config, options);
    const { totalRequests, served, failed, appErrors, reset } = result.summary;
    expect(totalRequests).toBe(10_000 * 3600);
    expect(served + failed + reset).toBe(totalRequests);
    expect(appErrors).toBeLessThanOrEqual(failed);
    expect(result.frames.at(-1)?.cumulative).toEqual({ served, failed, appErrors, reset });
    // A frame every 5 s, with the pods counted rather than listed.
    expect(result.frames).toHaveLength(3600 / 5 + 1);
    const last = result.frames.at(-1);
    expect(last?.pods).toEqual([]);
    const summary = last?.podSummary ?? [];
    expect(summary.reduce((n, g) => n + g.count, 0)).toBe(1000);
    expect(summary.filter((g) => g.revision === "new" && g.phase === "ready").map((g) => g.count)).toEqual([1000]);
    // The default 25%/25% bounds hold at this size too: 250 surge, 250 unavailable.
    expect(result.summary.maxPodsSeen).toBe(1250);
    expect(result.summary.minAvailableSeen).toBe(750);
    expect(result.summary.rolloutDoneAt).not.toBeNull();
  }, 60_000);

  it("counts the round robin per pod at high rates with the same outcome as per request", () => {
    // No readiness probe: new pods take their share before their pool is open, as in the hook.
    const at = (requestsPerSecond: number): SimConfig => ({ ...scaleConfig(40, requestsPerSecond), readinessProbe: null });
    const exact = simulate(at(630), { durationSeconds: 300 }).summary; // 63 a tick: one request at a time
    const bulk = simulate(at(640), { durationSeconds: 300 }).summary; // 64 a tick: counted per pod
    expect(exact.failedShare).toBeGreaterThan(0.01);
    expect(Math.abs(bulk.failedShare - exact.failedShare)).toBeLessThan(0.1 * exact.failedShare);
    expect(bulk.appErrors).toBe(bulk.failed);
    expect(bulk.rolloutSeconds).toBe(exact.rolloutSeconds);
  });

  it("summarises pods into the same counts as it lists them", () => {
    const { config, durationSeconds } = scenarios["the-hook"];
    const full = simulate(config, { durationSeconds });
    const counted = simulate(config, { durationSeconds, podDetail: "summary" });
    expect(counted.summary).toEqual(full.summary);
    full.frames.forEach((frame, i) => {
      const groups = new Map<string, number>();
      for (const pod of frame.pods) {
        if (pod.phase !== "gone") groups.set(`${pod.revision}:${pod.phase}`, (groups.get(`${pod.revision}:${pod.phase}`) ?? 0) + 1);
      }
      const summary: PodSummary[] = counted.frames[i]?.podSummary ?? [];
      expect(new Map(summary.map((g) => [`${g.revision}:${g.phase}`, g.count]))).toEqual(groups);
    });
  });
});
