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
    // The balancer's last sync is more than its 1 s interval ago, so it applies the change at once.
    expect(timeOf(result, "added-to-endpoints", "new-1")).toBe(10);
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

  it("syncs the balancer at most once per interval: a Ready at once, the deletion it causes at the next sync (facts 3.8, 3.12)", () => {
    const config = terminating({ preStopSleepSeconds: 5, terminationGracePeriodSeconds: 30, sigterm: "graceful" }, 4);
    const result = simulate(config, { durationSeconds: 60 });
    // new-1 turns Ready at 10 and the balancer, idle for long, adds it at once; the controller then
    // deletes old-4, and that change waits for the next sync the 4 s rate limit allows.
    expect(timeOf(result, "added-to-endpoints", "new-1")).toBe(10);
    expect(timeOf(result, "removed-from-endpoints", "old-4")).toBe(14);
    expect(frameAt(result, 12).pods.find((p) => p.id === "old-4")).toMatchObject({ phase: "terminating", inEndpoints: true });
    // new-2 turns Ready at 20, more than 4 s after the last sync: added at once, with old-3's removal at 24.
    expect(timeOf(result, "added-to-endpoints", "new-2")).toBe(20);
    expect(timeOf(result, "removed-from-endpoints", "old-3")).toBe(24);
    expect(result.summary.failed).toBe(0);
  });

  it("applies changes that arrive between two syncs together, at the later one", () => {
    // Two new pods turn Ready 0.5 s apart; with a 4 s interval the second waits for the next sync.
    const base = terminating({ preStopSleepSeconds: 5, terminationGracePeriodSeconds: 30, sigterm: "graceful" }, 4);
    const config: SimConfig = { ...base, strategy: { maxSurge: 2, maxUnavailable: 0 }, pod: { ...base.pod, startJitterSeconds: 0.5 } };
    const result = simulate(config, { durationSeconds: 60 });
    const added = eventsOf(result, "added-to-endpoints").map((e) => e.t);
    const removed = eventsOf(result, "removed-from-endpoints").map((e) => e.t);
    const syncs = [...new Set([...added, ...removed])].sort((a, b) => a - b);
    for (let i = 1; i < syncs.length; i++) expect((syncs[i] ?? 0) - (syncs[i - 1] ?? 0)).toBeGreaterThanOrEqual(4);
  });

  it("fails requests sent during the propagation gap when SIGTERM comes first", () => {
    const config = terminating({ preStopSleepSeconds: 0, terminationGracePeriodSeconds: 30, sigterm: "graceful" }, 4);
    const result = simulate(config, { durationSeconds: 60 });
    // Each old pod is deleted the moment its replacement is Ready. The balancer has just synced to add
    // the replacement, so it learns of the deletion 4 s later: for 3.9 s it still sends a fifth of
    // 100 requests/s to a closed port, and the ingress answers each with a 502. Four times.
    expect(result.summary.failed).toBe((4 * 39 * 10) / 5);
    expect(result.summary.appErrors).toBe(0);
    expect(eventsOf(result, "first-failure").map((e) => e.cause)).toEqual(["refused", "refused", "refused", "refused"]);
    expect(result.summary.firstErrorAt).toBe(10.1);
  });

  it("with retryRefused, the ingress passes a refused connection's request to the next pod (nginx proxy_next_upstream)", () => {
    const base = terminating({ preStopSleepSeconds: 0, terminationGracePeriodSeconds: 30, sigterm: "graceful" }, 4);
    const config: SimConfig = { ...base, network: { ...base.network, retryRefused: true } };
    const result = simulate(config, { durationSeconds: 60 });
    expect(result.summary.failed + result.summary.reset).toBe(0);
    // It does not retry the app's own 503, which is an answer, not a refused connection: with no
    // refusals at all (a preStop sleep), the same 503s come back with or without retries.
    const noPool: SimConfig = {
      ...config,
      pod: { ...config.pod, appReadySeconds: 20 },
      termination: { ...config.termination, preStopSleepSeconds: 5 },
    };
    const answered = simulate(noPool, { durationSeconds: 60 });
    const unretried = simulate({ ...noPool, network: { ...noPool.network, retryRefused: false } }, { durationSeconds: 60 });
    expect(answered.summary.appErrors).toBeGreaterThan(0);
    expect(answered.summary.appErrors).toBe(unretried.summary.appErrors);
  });

  it("resets requests in flight when the app exits on SIGTERM", () => {
    const config = terminating({ preStopSleepSeconds: 0, terminationGracePeriodSeconds: 30, sigterm: "immediate-exit" }, 1);
    const result = simulate(config, { durationSeconds: 60 });
    expect(result.summary.reset).toBeGreaterThan(0);
    expect(eventsOf(result, "connection-reset").map((e) => e.pod)).toEqual(["old-4", "old-3", "old-2", "old-1"]);
  });
});

describe("a liveness kill goes through termination (facts 1.7, 3.4)", () => {
  function killedByLiveness(termination: SimConfig["termination"], livenessGrace: number | null = null): SimConfig {
    const base = workedExampleConfig(1, 1, 0);
    return {
      ...base,
      pod: { processStartSeconds: 0, appReadySeconds: 0, startJitterSeconds: 0 },
      livenessProbe: { ...defaultProbe(true), periodSeconds: 1, failureThreshold: 1, terminationGracePeriodSeconds: livenessGrace },
      termination,
      dbOutage: { fromSeconds: 10, toSeconds: 3600 },
      rolloutStartSeconds: null,
    };
  }

  it("runs preStop, then SIGTERM, then SIGKILL when the grace period ends, and backs off from the exit", () => {
    const result = simulate(killedByLiveness({ preStopSleepSeconds: 5, terminationGracePeriodSeconds: 30, sigterm: "ignored" }), { durationSeconds: 120 });
    const [kill, secondKill] = eventsOf(result, "liveness-restart");
    expect(kill?.t).toBe(10.9);
    expect(timeOf(result, "sigterm-sent", "old-1")).toBe(15.9);
    expect(timeOf(result, "sigkilled", "old-1")).toBe(40.9);
    // The container keeps running, and Ready, through its preStop and the ignored SIGTERM.
    expect(frameAt(result, 30).pods[0]).toMatchObject({ phase: "restarting", ready: true, inEndpoints: true });
    // A 10 s back-off counted from the exit at 40.9, then the process starts again.
    // The second kill backs off 20 s: preStop from 50.9, SIGKILL at 80.9, start at 100.9.
    expect(eventsOf(result, "process-started").map((e) => e.t)).toEqual([50.9, 100.9]);
    expect(secondKill?.t).toBe(50.9);
  });

  it("lets a graceful app exit on SIGTERM instead of waiting for SIGKILL", () => {
    const result = simulate(killedByLiveness({ preStopSleepSeconds: 5, terminationGracePeriodSeconds: 30, sigterm: "graceful" }), { durationSeconds: 30 });
    expect(timeOf(result, "sigterm-sent", "old-1")).toBe(15.9);
    expect(timeOf(result, "process-exited", "old-1")).toBe(15.9);
    expect(timeOf(result, "process-started", "old-1")).toBe(25.9);
  });

  it("uses the probe's own terminationGracePeriodSeconds for the kill (fact 1.12)", () => {
    const result = simulate(killedByLiveness({ preStopSleepSeconds: 5, terminationGracePeriodSeconds: 30, sigterm: "ignored" }, 10), { durationSeconds: 60 });
    expect(timeOf(result, "sigkilled", "old-1")).toBe(20.9);
    // A deletion still gets the pod's grace period.
    const deleted = simulate(
      { ...workedExampleConfig(4, 1, 0), livenessProbe: { ...defaultProbe(false), terminationGracePeriodSeconds: 10 }, termination: { preStopSleepSeconds: 0, terminationGracePeriodSeconds: 30, sigterm: "ignored" } },
      { durationSeconds: 60 },
    );
    expect(timeOf(deleted, "sigkilled", "old-4") - timeOf(deleted, "old-pod-terminating", "old-4")).toBe(30);
  });

  it("refuses a probe-level grace period on a readiness probe, as the API does (fact 1.12)", () => {
    const config = { ...workedExampleConfig(4, 1, 0), readinessProbe: { ...defaultProbe(true), terminationGracePeriodSeconds: 10 } };
    expect(() => simulate(config)).toThrow(/readinessProbe.terminationGracePeriodSeconds/);
  });
});

describe("keep-alive connections when a process ends (fact 4.6)", () => {
  function behindL4(sigterm: SimConfig["termination"]["sigterm"]): SimConfig {
    const base = workedExampleConfig(4, 1, 0);
    return {
      ...base,
      termination: { preStopSleepSeconds: 10, terminationGracePeriodSeconds: 30, sigterm },
      network: { endpointPropagationSeconds: 1, balancer: "L4", keepAliveSeconds: 300, clientConnections: 200 },
      traffic: { requestsPerSecond: 100, requestSeconds: 1, dependencyShare: 1 },
    };
  }

  it("a graceful app closes its connections, so clients reconnect elsewhere and nothing is reset", () => {
    const result = simulate(behindL4("graceful"), { durationSeconds: 90 });
    expect(result.summary.failed + result.summary.reset).toBe(0);
    expect(eventsOf(result, "process-exited").map((e) => e.reset)).toEqual([0, 0, 0, 0]);
  });

  it("an app that exits at once resets only the requests in flight; its idle connections close cleanly", () => {
    const result = simulate(behindL4("immediate-exit"), { durationSeconds: 90 });
    const exits = eventsOf(result, "process-exited");
    expect(exits).toHaveLength(4);
    expect(exits.every((e) => e.reset > 0)).toBe(true);
    // Every reset is one of the requests in flight at an exit: the clients' next requests on those
    // connections are not reset, they open a new connection.
    expect(result.summary.reset).toBe(exits.reduce((n, e) => n + e.reset, 0));
    expect(result.summary.failed).toBe(0);
  });

  it("an app that never hears SIGTERM is killed at the end of the grace period with its requests in flight (fact 3.11)", () => {
    const result = simulate(behindL4("ignored"), { durationSeconds: 90 });
    const kills = eventsOf(result, "sigkilled");
    expect(kills).toHaveLength(4);
    for (const kill of kills) expect(kill.t - timeOf(result, "old-pod-terminating", kill.pod)).toBe(30);
    expect(result.summary.reset).toBe(kills.reduce((n, e) => n + e.reset, 0));
    expect(result.summary.reset).toBeGreaterThan(0);
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
