import { describe, expect, it } from "vitest";
import { defaultProbe, simulate, type SimConfig } from "../../src/sim";
import { eventsOf, frameAt, podsAt, workedExampleConfig } from "./helpers";

// Fact sheet 2.12: every new pod becomes available 10 s after it is created; the rollout starts at t=0.
describe("the worked examples of fact 2.12", () => {
  it("replicas 4, maxSurge 1, maxUnavailable 0: four waves, done at 40 s, 5 pods at most, 4 available at least", () => {
    const result = simulate(workedExampleConfig(4, 1, 0), { durationSeconds: 60 });
    expect([0, 10, 20, 30, 40].map((t) => podsAt(result, t))).toEqual([
      { old: 4, new: 1 },
      { old: 3, new: 2 },
      { old: 2, new: 3 },
      { old: 1, new: 4 },
      { old: 0, new: 4 },
    ]);
    expect(result.summary.rolloutSeconds).toBe(40);
    expect(result.summary.maxPodsSeen).toBe(5);
    expect(result.summary.minAvailableSeen).toBe(4);
  });

  it("replicas 4 with the defaults (surge 1, unavailable 1): two waves, done at 20 s, between 3 and 5", () => {
    const result = simulate(workedExampleConfig(4, "25%", "25%"), { durationSeconds: 60 });
    expect([0, 10, 20].map((t) => podsAt(result, t))).toEqual([
      { old: 3, new: 2 },
      { old: 1, new: 4 },
      { old: 0, new: 4 },
    ]);
    expect(result.summary.rolloutSeconds).toBe(20);
    expect(result.summary.maxPodsSeen).toBe(5);
    expect(result.summary.minAvailableSeen).toBe(3);
  });

  it("replicas 10, maxSurge 1, maxUnavailable 0: ten waves, done at 100 s, between 10 and 11", () => {
    const result = simulate(workedExampleConfig(10, 1, 0), { durationSeconds: 120 });
    expect(podsAt(result, 0)).toEqual({ old: 10, new: 1 });
    expect(podsAt(result, 50)).toEqual({ old: 5, new: 6 });
    expect(podsAt(result, 90)).toEqual({ old: 1, new: 10 });
    expect(result.summary.rolloutSeconds).toBe(100);
    expect(result.summary.maxPodsSeen).toBe(11);
    expect(result.summary.minAvailableSeen).toBe(10);
  });

  it("replicas 10 with the defaults (surge 3, unavailable 2): two waves, done at 20 s, between 8 and 13", () => {
    const result = simulate(workedExampleConfig(10, "25%", "25%"), { durationSeconds: 60 });
    expect([0, 10, 20].map((t) => podsAt(result, t))).toEqual([
      { old: 8, new: 5 },
      { old: 3, new: 10 },
      { old: 0, new: 10 },
    ]);
    expect(result.summary.rolloutSeconds).toBe(20);
    expect(result.summary.maxPodsSeen).toBe(13);
    expect(result.summary.minAvailableSeen).toBe(8);
  });

  it("replicas 10, maxSurge 0, maxUnavailable 1: never more than 10 pods, dips to 9 available, old pod first", () => {
    const result = simulate(workedExampleConfig(10, 0, 1), { durationSeconds: 120 });
    expect(podsAt(result, 0)).toEqual({ old: 9, new: 1 });
    expect(result.summary.maxPodsSeen).toBe(10);
    expect(result.summary.minAvailableSeen).toBe(9);
    expect(result.summary.rolloutSeconds).toBe(100);
  });
});

describe("the controller beyond the worked examples", () => {
  it("does not count terminating pods, so more than replicas + maxSurge pods can exist (fact 2.9)", () => {
    // An app that never sees SIGTERM stays Terminating for the whole 30 s grace period.
    const base = workedExampleConfig(10, "25%", "25%");
    const config = { ...base, termination: { ...base.termination, sigterm: "ignored" as const } };
    const result = simulate(config, { durationSeconds: 60 });
    expect(result.summary.maxPodsSeen).toBe(13);
    expect(result.summary.maxPodsIncludingTerminatingSeen).toBe(20);
    expect(frameAt(result, 10).pods).toHaveLength(20);
  });

  it("counts a pod as available only after minReadySeconds (fact 2.6)", () => {
    const config = { ...workedExampleConfig(4, 1, 0), minReadySeconds: 5 };
    const result = simulate(config, { durationSeconds: 90 });
    expect(result.summary.rolloutSeconds).toBe(60);
    expect(frameAt(result, 12).available).toBe(4);
  });

  it("reports the progress deadline and rolls nothing back (fact 2.7)", () => {
    // The readiness probe needs the database pool, which takes longer than the whole run.
    const base = workedExampleConfig(4, 1, 0);
    const config = {
      ...base,
      progressDeadlineSeconds: 60,
      readinessProbe: defaultProbe(true),
      pod: { ...base.pod, appReadySeconds: 1000 },
    };
    const result = simulate(config, { durationSeconds: 120 });
    expect(eventsOf(result, "progress-deadline-exceeded").map((e) => e.t)).toEqual([60.1]);
    expect(frameAt(result, 61).status).toEqual({ kind: "deadline-exceeded", updated: 1, available: 4, replicas: 4 });
    expect(frameAt(result, 59).status).toEqual({ kind: "waiting-for-updated", updated: 1, replicas: 4 });
    expect(podsAt(result, 119)).toEqual({ old: 4, new: 1 });
    expect(result.summary.rolloutDoneAt).toBeNull();
  });

  it("does not delete unhealthy old pods to make room while the new ones cannot become available (fact 2.5)", () => {
    // The database is down for the whole run and every readiness probe needs it: no pod is available.
    const base = workedExampleConfig(4, "25%", "25%");
    const config: SimConfig = {
      ...base,
      readinessProbe: { ...defaultProbe(true), periodSeconds: 1, failureThreshold: 1 },
      dbOutage: { fromSeconds: 0, toSeconds: 1000 },
      rolloutStartSeconds: 5,
    };
    const result = simulate(config, { durationSeconds: 60 });
    // One unhealthy old pod goes (cleanupUnhealthyReplicas), then newRSUnavailable stops the rest.
    expect(podsAt(result, 59)).toEqual({ old: 3, new: 2 });
    expect(result.summary.minAvailableSeen).toBe(0);
  });

  it("walks through kubectl's statuses in kubectl's order", () => {
    const result = simulate(workedExampleConfig(4, "25%", "25%"), { durationSeconds: 30 });
    const kinds = result.frames.map((f) => f.status.kind).filter((k, i, all) => k !== all[i - 1]);
    expect(kinds).toEqual(["waiting-for-updated", "waiting-for-old-termination", "done"]);
    expect(frameAt(result, 5).status).toEqual({ kind: "waiting-for-updated", updated: 2, replicas: 4 });
    expect(frameAt(result, 15).status).toEqual({ kind: "waiting-for-old-termination", old: 1 });
  });

  it("waits for the last new pods to be available after the old ones are gone", () => {
    // Surge 0 / unavailable 2 of 4: the last wave removes old pods before the new ones are up.
    const result = simulate(workedExampleConfig(4, 0, 2), { durationSeconds: 40 });
    expect(frameAt(result, 15).status).toEqual({ kind: "waiting-for-available", available: 2, updated: 4 });
    expect(result.summary.rolloutSeconds).toBe(20);
    expect(result.summary.minAvailableSeen).toBe(2);
  });
});
