import { describe, expect, it } from "vitest";
import { defaultProbe, simulate, type SimConfig } from "../../src/sim";
import { eventsOf, frameAt, timeOf, workedExampleConfig } from "./helpers";

// new-1 is created at t=0 and its process starts at t=10; old-4 is the first old pod deleted.
function withPod(config: SimConfig, pod: Partial<SimConfig["pod"]>): SimConfig {
  return { ...config, pod: { ...config.pod, ...pod } };
}

describe("pod phases in the frames", () => {
  it("shows a new pod starting, then ready before it serves, and an old pod terminating, then gone", () => {
    const result = simulate(withPod(workedExampleConfig(4, 1, 0), { appReadySeconds: 5 }), { durationSeconds: 20 });
    const track = (id: string) =>
      result.frames.map((f) => {
        const pod = f.pods.find((p) => p.id === id);
        return pod === undefined ? "-" : `${pod.phase}${pod.serving ? "+serving" : ""}`;
      });
    const newPod = track("new-1");
    expect(newPod.slice(0, 10).every((p) => p === "starting")).toBe(true);
    expect(newPod.slice(10, 15).every((p) => p === "ready")).toBe(true);
    expect(newPod.slice(15).every((p) => p === "ready+serving")).toBe(true);
    expect(track("old-4").slice(8, 13)).toEqual(["ready+serving", "ready+serving", "terminating+serving", "gone", "-"]);
  });
});

describe("start-up and readiness", () => {
  it("without a readiness probe, marks the pod Ready when its process starts, before the app can serve (fact 1.5)", () => {
    const result = simulate(withPod(workedExampleConfig(4, 1, 0), { appReadySeconds: 5 }), { durationSeconds: 30 });
    expect(timeOf(result, "process-started", "new-1")).toBe(10);
    expect(timeOf(result, "marked-ready-but-not-serving", "new-1")).toBe(10);
    expect(timeOf(result, "app-ready", "new-1")).toBe(15);
    expect(timeOf(result, "added-to-endpoints", "new-1")).toBe(11);
  });

  it("probes right at process start, so a pod that can serve at once is Ready at once (facts 1.4, 1.11)", () => {
    const config = { ...workedExampleConfig(4, 1, 0), readinessProbe: defaultProbe(true) };
    const result = simulate(config, { durationSeconds: 30 });
    expect(timeOf(result, "marked-ready", "new-1")).toBe(10);
  });

  it("waits initialDelaySeconds before the first probe", () => {
    const config = { ...workedExampleConfig(4, 1, 0), readinessProbe: { ...defaultProbe(true), initialDelaySeconds: 5 } };
    const result = simulate(config, { durationSeconds: 30 });
    expect(timeOf(result, "marked-ready", "new-1")).toBe(15);
  });

  it("with a probe that exercises the database, turns Ready at the first probe after the pool is open", () => {
    const config = { ...withPod(workedExampleConfig(4, 1, 0), { appReadySeconds: 25 }), readinessProbe: defaultProbe(true) };
    const result = simulate(config, { durationSeconds: 60 });
    expect(timeOf(result, "app-ready", "new-1")).toBe(35);
    expect(timeOf(result, "marked-ready", "new-1")).toBe(40);
    expect(eventFor(result, "marked-ready-but-not-serving")).toBeUndefined();
    // The old pod goes only once the new one is available.
    expect(timeOf(result, "old-pod-terminating", "old-4")).toBe(40);
  });

  it("with a shallow probe, turns Ready as soon as the process answers, pool or not", () => {
    const config = { ...withPod(workedExampleConfig(4, 1, 0), { appReadySeconds: 25 }), readinessProbe: defaultProbe(false) };
    const result = simulate(config, { durationSeconds: 60 });
    expect(timeOf(result, "marked-ready-but-not-serving", "new-1")).toBe(10);
  });

  it("needs successThreshold passes in a row", () => {
    const config = { ...workedExampleConfig(4, 1, 0), readinessProbe: { ...defaultProbe(true), successThreshold: 2 } };
    const result = simulate(config, { durationSeconds: 30 });
    expect(timeOf(result, "marked-ready", "new-1")).toBe(20);
  });

  it("marks a pod NotReady after failureThreshold failed probes and keeps it running (facts 1.6, 1.7)", () => {
    const config: SimConfig = {
      ...workedExampleConfig(1, 1, 0),
      readinessProbe: defaultProbe(true),
      dbOutage: { fromSeconds: 50, toSeconds: 200 },
      rolloutStartSeconds: null,
    };
    const result = simulate(config, { durationSeconds: 120 });
    const notReadyAt = timeOf(result, "marked-not-ready", "old-1");
    expect(notReadyAt).toBeGreaterThanOrEqual(70);
    expect(notReadyAt).toBeLessThan(80);
    expect(frameAt(result, 100).pods[0]).toMatchObject({ phase: "running-not-serving", inEndpoints: false, restarts: 0 });
  });
});

function eventFor(result: ReturnType<typeof simulate>, kind: "marked-ready-but-not-serving") {
  return result.events.find((e) => e.kind === kind);
}

describe("termination", () => {
  function terminating(termination: SimConfig["termination"], propagation = 1): SimConfig {
    const base = workedExampleConfig(4, 1, 0);
    return { ...base, termination, network: { ...base.network, endpointPropagationSeconds: propagation } };
  }

  it("runs preStop inside the grace period: preStop 25 s, grace 30 s gives SIGTERM at 25 s and SIGKILL at 30 s (fact 3.3)", () => {
    const config = terminating({ preStopSleepSeconds: 25, terminationGracePeriodSeconds: 30, sigterm: "ignored" });
    const result = simulate(config, { durationSeconds: 60 });
    expect(timeOf(result, "old-pod-terminating", "old-4")).toBe(10);
    expect(timeOf(result, "sigterm-sent", "old-4")).toBe(35);
    expect(timeOf(result, "sigkilled", "old-4")).toBe(40);
  });

  it("gives a preStop that outlasts the grace period 2 s more, then kills (fact 3.5)", () => {
    const config = terminating({ preStopSleepSeconds: 40, terminationGracePeriodSeconds: 30, sigterm: "graceful" });
    const result = simulate(config, { durationSeconds: 60 });
    expect(timeOf(result, "sigterm-sent", "old-4")).toBe(40);
    expect(timeOf(result, "process-exited", "old-4")).toBe(40);
  });

  it("lets a graceful app exit as soon as nothing is in flight", () => {
    const config = terminating({ preStopSleepSeconds: 5, terminationGracePeriodSeconds: 30, sigterm: "graceful" });
    const result = simulate(config, { durationSeconds: 60 });
    expect(timeOf(result, "sigterm-sent", "old-4")).toBe(15);
    expect(timeOf(result, "process-exited", "old-4")).toBe(15);
    expect(result.summary.failed + result.summary.reset).toBe(0);
  });

  it("removes a deleted pod from the balancer only after the propagation delay (fact 3.8)", () => {
    const config = terminating({ preStopSleepSeconds: 5, terminationGracePeriodSeconds: 30, sigterm: "graceful" }, 4);
    const result = simulate(config, { durationSeconds: 60 });
    expect(timeOf(result, "removed-from-endpoints", "old-4")).toBe(14);
    expect(frameAt(result, 12).pods.find((p) => p.id === "old-4")).toMatchObject({ phase: "terminating", inEndpoints: true });
    expect(result.summary.failed).toBe(0);
  });

  it("fails requests sent during the propagation gap when SIGTERM comes first", () => {
    const config = terminating({ preStopSleepSeconds: 0, terminationGracePeriodSeconds: 30, sigterm: "graceful" }, 4);
    const result = simulate(config, { durationSeconds: 60 });
    // Each old pod is deleted the moment its replacement is Ready, which the balancer does not know
    // yet either: for 3.9 s it still sends a quarter of 100 requests/s to a closed port. Four times.
    expect(result.summary.failed).toBe(4 * 39 * 10 / 4);
    expect(result.summary.firstErrorAt).toBe(10.1);
  });

  it("resets requests in flight when the app exits on SIGTERM", () => {
    const config = terminating({ preStopSleepSeconds: 0, terminationGracePeriodSeconds: 30, sigterm: "immediate-exit" }, 1);
    const result = simulate(config, { durationSeconds: 60 });
    expect(result.summary.reset).toBeGreaterThan(0);
    expect(eventsOf(result, "connection-reset").map((e) => e.pod)).toEqual(["old-4", "old-3", "old-2", "old-1"]);
  });
});

describe("liveness restarts", () => {
  it("backs off 10 s, doubling, capped at 300 s (fact 1.9)", () => {
    const config: SimConfig = {
      ...workedExampleConfig(1, 1, 0),
      pod: { processStartSeconds: 0, appReadySeconds: 0, startJitterSeconds: 0 },
      livenessProbe: { ...defaultProbe(true), periodSeconds: 1, failureThreshold: 1 },
      dbOutage: { fromSeconds: 10, toSeconds: 3600 },
      rolloutStartSeconds: null,
    };
    const result = simulate(config, { durationSeconds: 1000 });
    const backoffs = eventsOf(result, "liveness-restart").map((e) => e.backoffSeconds);
    expect(backoffs).toEqual([10, 20, 40, 80, 160, 300, 300, 300]);
    expect(result.summary.restarts).toBe(8);
  });

  it("stops probing liveness once the pod is terminating (fact 1.10)", () => {
    const base = workedExampleConfig(4, 1, 0);
    const config: SimConfig = {
      ...base,
      livenessProbe: { ...defaultProbe(true), periodSeconds: 1, failureThreshold: 1 },
      termination: { preStopSleepSeconds: 20, terminationGracePeriodSeconds: 30, sigterm: "graceful" },
      dbOutage: { fromSeconds: 12, toSeconds: 60 },
    };
    const result = simulate(config, { durationSeconds: 40 });
    expect(eventsOf(result, "liveness-restart").map((e) => e.pod)).not.toContain("old-4");
    expect(eventsOf(result, "liveness-restart").map((e) => e.pod)).toContain("old-1");
  });
});
