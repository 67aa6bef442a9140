import { describe, expect, it } from "vitest";
import { defaultProbe, scenarioIds, scenarios, simulate, withSetting, type SimConfig, type SimResult } from "../../src/sim";
import { errorDuration, eventsOf, frameAt, timeOf } from "./helpers";

function run(config: SimConfig, durationSeconds: number): SimResult {
  return simulate(config, { durationSeconds });
}

describe("the-hook: no readiness probe", () => {
  const { config, durationSeconds } = scenarios["the-hook"];
  const result = run(config, durationSeconds);

  it("reports the rollout done in about 40 s", () => {
    expect(result.summary.rolloutSeconds).toBeGreaterThanOrEqual(35);
    expect(result.summary.rolloutSeconds).toBeLessThanOrEqual(45);
  });

  it("fails about 30% of requests for about two minutes", () => {
    expect(result.summary.errorWindowShare).toBeGreaterThanOrEqual(0.25);
    expect(result.summary.errorWindowShare).toBeLessThanOrEqual(0.35);
    expect(errorDuration(result)).toBeGreaterThanOrEqual(100);
    expect(errorDuration(result)).toBeLessThanOrEqual(140);
    expect(result.summary.reset).toBe(0);
  });

  it("fails them with the app's own 503: the new processes answer, they just cannot reach the database", () => {
    expect(result.summary.appErrors).toBe(result.summary.failed);
    expect(eventsOf(result, "first-failure").map((e) => e.cause)).toEqual(["app-error"]);
    // An ingress retries refused connections, not answers: retries change nothing here.
    const retried = run(withSetting(config, "network.retryRefused", true), durationSeconds);
    expect(retried.summary).toEqual(result.summary);
  });

  it("keeps failing long after kubectl said the rollout succeeded", () => {
    const doneAt = result.summary.rolloutDoneAt ?? Infinity;
    const lastErrorAt = result.summary.lastErrorAt ?? -Infinity;
    expect(lastErrorAt - doneAt).toBeGreaterThan(90);
    // Every frame between "done" and the first new pod's pool opening fails about 35% of requests.
    const frame = frameAt(result, 100);
    expect(frame.status).toEqual({ kind: "done" });
    const share = frame.interval.failed / (frame.interval.failed + frame.interval.served);
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.45);
  });

  it("narrates every new pod as ready before it can serve", () => {
    const lying = eventsOf(result, "marked-ready-but-not-serving").map((e) => e.pod).sort();
    expect(lying).toEqual(["new-1", "new-2", "new-3", "new-4"]);
  });

  it("stays within the default 25%/25% bounds for 4 replicas", () => {
    expect(result.summary.maxPodsSeen).toBe(5);
    expect(result.summary.minAvailableSeen).toBe(3);
  });
});

describe("the-fix: a readiness probe that exercises the database, surge 1, unavailable 0", () => {
  const { config, durationSeconds } = scenarios["the-fix"];
  const result = run(config, durationSeconds);

  it("fails no request", () => {
    expect(result.summary.failed).toBe(0);
    expect(result.summary.reset).toBe(0);
    expect(result.summary.firstErrorAt).toBeNull();
  });

  it("takes as long as four pools opening one after another: about eight minutes", () => {
    expect(result.summary.rolloutSeconds).toBeGreaterThanOrEqual(470);
    expect(result.summary.rolloutSeconds).toBeLessThanOrEqual(500);
    expect(result.summary.minAvailableSeen).toBe(4);
    expect(result.summary.maxPodsSeen).toBe(5);
  });

  it("is the same app as the hook: switching the probe off brings the failures back", () => {
    const broken = run(withSetting(config, "readinessProbe", false), durationSeconds);
    expect(broken.summary.failed).toBeGreaterThan(1000);
  });
});

describe("liveness-on-database: the restart storm", () => {
  const { config, durationSeconds } = scenarios["liveness-on-database"];
  const blip = (config.dbOutage?.toSeconds ?? 0) - (config.dbOutage?.fromSeconds ?? 0);
  const storm = run(config, durationSeconds);
  const processOnly = run(withSetting(config, "livenessProbe.checksDependency", false), durationSeconds);

  it("is a 20 s blip", () => {
    expect(blip).toBe(20);
  });

  it("restarts every pod when liveness checks the database", () => {
    expect(storm.summary.restarts).toBe(config.replicas);
    const restarted = new Set(eventsOf(storm, "liveness-restart").map((e) => e.pod));
    expect(restarted.size).toBe(config.replicas);
  });

  it("says in its config what makes the storm last about a minute: liveness waits 45 s after each start", () => {
    expect(config.livenessProbe?.initialDelaySeconds).toBe(45);
    // With the default of 0 (fact 1.1) a restarted pod fails liveness again before its pool is open,
    // so the pods never come back within the run.
    const noDelay = run({ ...config, livenessProbe: { ...(config.livenessProbe ?? defaultProbe(true)), initialDelaySeconds: 0 } }, durationSeconds);
    expect(noDelay.summary.restarts).toBe(16);
    expect(noDelay.summary.lastErrorAt).toBeGreaterThan(durationSeconds - 1);
  });

  it("stops each pod through SIGTERM, not at once, and counts the 503s apart from the refusals", () => {
    for (const kill of eventsOf(storm, "liveness-restart")) {
      const sigterm = storm.events.find((e) => e.kind === "sigterm-sent" && e.pod === kill.pod && e.t >= kill.t);
      expect(sigterm && sigterm.t - kill.t).toBeCloseTo(0.1, 5);
    }
    // The app's own 503s while the database is down, then refusals and an empty list while it restarts.
    expect(storm.summary.appErrors).toBeGreaterThan(1000);
    expect(storm.summary.failed - storm.summary.appErrors).toBeGreaterThan(1000);
  });

  it("turns the 20 s blip into about a minute of errors", () => {
    expect(storm.summary.firstErrorAt).toBe(60);
    expect(errorDuration(storm)).toBeGreaterThanOrEqual(2.5 * blip);
    expect(errorDuration(storm)).toBeLessThanOrEqual(70);
    // While the pods restart there is no backend at all.
    const down = frameAt(storm, 80);
    expect(down.endpoints).toBe(0);
    expect(down.interval.served).toBe(0);
  });

  it("with liveness on the process only, restarts nothing and the errors end with the blip", () => {
    expect(processOnly.summary.restarts).toBe(0);
    expect(processOnly.summary.firstErrorAt).toBe(60);
    expect(processOnly.summary.lastErrorAt).toBeLessThan(80);
    // Only requests that need the database fail: the 35% share.
    expect(processOnly.summary.errorWindowShare).toBeGreaterThan(0.3);
    expect(processOnly.summary.errorWindowShare).toBeLessThan(0.4);
    expect(storm.summary.failed + storm.summary.reset).toBeGreaterThan(3 * processOnly.summary.failed);
  });

  it("with readiness on the database, empties the Service during the blip (fact 1.14)", () => {
    const shallowLiveness = withSetting(config, "livenessProbe.checksDependency", false);
    const readinessOnDb = run(withSetting(shallowLiveness, "readinessProbe.checksDependency", true), durationSeconds);
    expect(readinessOnDb.summary.restarts).toBe(0);
    for (const t of [77, 78, 79]) {
      expect(frameAt(readinessOnDb, t).endpoints).toBe(0);
      expect(frameAt(readinessOnDb, t).interval.served).toBe(0);
      // With the shallow probe the pods stay in the Service and answer what needs no database.
      expect(frameAt(processOnly, t).interval.served).toBeGreaterThan(40);
    }
  });
});

describe("no-prestop: SIGTERM races the endpoint update", () => {
  const { config, durationSeconds } = scenarios["no-prestop"];
  const propagation = config.network.endpointPropagationSeconds;
  const result = run(config, durationSeconds);

  it("fails requests at every old pod's shutdown, each with the ingress's 502", () => {
    // About 3 s at a fifth of 100 requests/s per deleted pod (its replacement is already in the
    // list), four pods: 4 × 58.
    expect(result.summary.failed).toBe(232);
    expect(result.summary.appErrors).toBe(0);
    expect(result.summary.reset).toBe(0);
    const firstSigterm = eventsOf(result, "sigterm-sent")[0]?.t ?? Infinity;
    expect(result.summary.firstErrorAt).toBeGreaterThanOrEqual(firstSigterm);
    expect(eventsOf(result, "first-failure").map((e) => e.cause)).toEqual(["refused", "refused", "refused", "refused"]);
    expect(eventsOf(result, "failures-stopped").map((e) => e.failed)).toEqual([58, 58, 58, 58]);
  });

  it("fails nothing when the ingress retries a refused connection on another pod (ingress-nginx's default)", () => {
    const retried = run(withSetting(config, "network.retryRefused", true), durationSeconds);
    expect(retried.summary.failed + retried.summary.reset).toBe(0);
    // Retries cover refusals only: an app that exits at once still has requests in flight reset.
    const exits = run(withSetting(withSetting(config, "network.retryRefused", true), "termination.sigterm", "immediate-exit"), durationSeconds);
    expect(exits.summary.failed).toBe(0);
    expect(exits.summary.reset).toBeGreaterThan(0);
  });

  it("with a SIGTERM the app never hears (shell-form ENTRYPOINT), keeps serving and is SIGKILLed 30 s after each deletion", () => {
    const ignored = run(withSetting(config, "termination.sigterm", "ignored"), durationSeconds);
    const kills = eventsOf(ignored, "sigkilled");
    expect(kills.map((e) => e.pod)).toEqual(["old-4", "old-3", "old-2", "old-1"]);
    for (const kill of kills) expect(kill.t - timeOf(ignored, "old-pod-terminating", kill.pod)).toBeCloseTo(30, 5);
    // Behind this ingress the pod is out of the list long before the kill, so nothing is in flight:
    // no request fails, but every old pod lingers for the whole grace period, on top of the surge.
    expect(kills.every((e) => e.reset === 0)).toBe(true);
    expect(ignored.summary.failed + ignored.summary.reset).toBe(0);
    expect(ignored.summary.maxPodsIncludingTerminatingSeen).toBe(8);
    expect(result.summary.maxPodsIncludingTerminatingSeen).toBe(6);
    // Behind an L4 balancer its keep-alive clients are still sending at the kill: those are reset.
    const l4 = run(withSetting(withSetting(config, "termination.sigterm", "ignored"), "network.balancer", "L4"), durationSeconds);
    expect(eventsOf(l4, "sigkilled").every((e) => e.reset > 0)).toBe(true);
    expect(l4.summary.reset).toBe(eventsOf(l4, "sigkilled").reduce((n, e) => n + e.reset, 0));
  });

  it("fails nothing once preStop sleeps at least as long as the propagation delay", () => {
    expect(propagation).toBe(3);
    for (const preStop of [propagation, propagation + 2]) {
      const fixed = run(withSetting(config, "termination.preStopSleepSeconds", preStop), durationSeconds);
      expect(fixed.summary.failed + fixed.summary.reset).toBe(0);
    }
    const tooShort = run(withSetting(config, "termination.preStopSleepSeconds", 1), durationSeconds);
    expect(tooShort.summary.failed).toBeGreaterThan(100);
  });
});

describe("l4-vs-l7: the same graceful app with a preStop sleep", () => {
  const { config, durationSeconds } = scenarios["l4-vs-l7"];
  const l4 = run(config, durationSeconds);
  const l7 = run(withSetting(config, "network.balancer", "L7"), durationSeconds);

  it("behind an L7 proxy, fails and resets nothing", () => {
    expect(l7.summary.failed).toBe(0);
    expect(l7.summary.reset).toBe(0);
  });

  it("behind an L4 balancer, resets the requests still in flight on keep-alive connections when each old pod exits", () => {
    expect(config.network.balancer).toBe("L4");
    expect(config.termination.sigterm).toBe("immediate-exit");
    expect(l4.summary.failed).toBe(0);
    const exits = eventsOf(l4, "process-exited");
    expect(exits.map((e) => e.reset)).toEqual([23, 32, 29, 14]);
    expect(l4.summary.reset).toBe(98);
    expect(l4.summary.firstErrorAt).toBe(exits[0]?.t);
    expect(new Set(eventsOf(l4, "connection-reset").map((e) => e.pod))).toEqual(new Set(["old-1", "old-2", "old-3", "old-4"]));
  });

  it("behind an L4 balancer, resets nothing once the app drains: it closes its connections and clients reconnect elsewhere (fact 4.6)", () => {
    const drained = run(withSetting(config, "termination.sigterm", "graceful"), durationSeconds);
    expect(drained.summary.failed + drained.summary.reset).toBe(0);
    expect(eventsOf(drained, "process-exited").map((e) => e.reset)).toEqual([0, 0, 0, 0]);
  });

  it("keeps delivering requests to a pod the balancer has already dropped (fact 4.5)", () => {
    const removed = eventsOf(l4, "removed-from-endpoints").find((e) => e.pod.startsWith("old-"));
    const exited = removed && eventsOf(l4, "process-exited").find((e) => e.pod === removed.pod);
    expect(removed && exited).toBeTruthy();
    if (!removed || !exited) return;
    // Between the two, the pod is out of the balancer's list yet its connections stay busy: nothing fails.
    expect(exited.t - removed.t).toBeGreaterThanOrEqual(7);
    const during = l4.frames.filter((f) => f.t > removed.t && f.t < exited.t);
    expect(during.every((f) => f.pods.find((p) => p.id === removed.pod)?.inEndpoints === false)).toBe(true);
    expect(during.every((f) => f.interval.failed + f.interval.reset === 0)).toBe(true);
  });

  it("resets nothing when clients retire connections before the preStop sleep ends", () => {
    const shortKeepAlive = run(withSetting(config, "network.keepAliveSeconds", 5), durationSeconds);
    expect(shortKeepAlive.summary.failed + shortKeepAlive.summary.reset).toBe(0);
  });
});

describe("every scenario", () => {
  it.each(scenarioIds)("%s: counts every request exactly once", (id) => {
    const { config, durationSeconds } = scenarios[id];
    const result = run(config, durationSeconds);
    const { totalRequests, served, failed, appErrors, reset } = result.summary;
    expect(totalRequests).toBe(config.traffic.requestsPerSecond * durationSeconds);
    expect(served + failed + reset).toBe(totalRequests);
    const sum = { served: 0, failed: 0, appErrors: 0, reset: 0 };
    for (const frame of result.frames) {
      sum.served += frame.interval.served;
      sum.failed += frame.interval.failed;
      sum.appErrors += frame.interval.appErrors;
      sum.reset += frame.interval.reset;
    }
    expect(sum).toEqual({ served, failed, appErrors, reset });
    expect(result.frames.at(-1)?.cumulative).toEqual({ served, failed, appErrors, reset });
  });

  it.each(scenarioIds)("%s: gives the same result for the same seed", (id) => {
    const { config, durationSeconds } = scenarios[id];
    expect(run(config, durationSeconds)).toEqual(run(structuredClone(config), durationSeconds));
  });

  it.each(scenarioIds)("%s: samples a frame every second and lists its exposed settings once", (id) => {
    const { config, durationSeconds, exposedSettings } = scenarios[id];
    const result = run(config, durationSeconds);
    expect(result.frames.map((f) => f.t)).toEqual(Array.from({ length: durationSeconds + 1 }, (_, i) => i));
    expect(new Set(exposedSettings).size).toBe(exposedSettings.length);
  });

  it("changes pod timings with the seed, but not the story", () => {
    const { config, durationSeconds } = scenarios["the-hook"];
    const other = run({ ...config, seed: config.seed + 1 }, durationSeconds);
    const base = run(config, durationSeconds);
    expect(other.events).not.toEqual(base.events);
    expect(other.summary.errorWindowShare).toBeGreaterThan(0.25);
    expect(other.summary.errorWindowShare).toBeLessThan(0.35);
  });
});
