import { describe, expect, it } from "vitest";
import { scenarioIds, scenarios, simulate, withSetting, type SimEvent } from "../../src/sim";
import { scenarioTitles } from "../../src/rollout/catalog";
import { breakdown, decidingMoment, eventLine, podState, statusShort, tellingOf } from "../../src/rollout/story";
import { linesBetween, nextEventTime, runScenario } from "../../src/rollout/usePlayback";

const run = (id: (typeof scenarioIds)[number]) => {
  const s = scenarios[id];
  return simulate(s.config, { durationSeconds: s.durationSeconds });
};

describe("the deciding moment", () => {
  it("in the hook, is kubectl reporting done while requests still fail", () => {
    const moment = decidingMoment(run("the-hook"), 200);
    expect(moment).toMatchObject({ kind: "done-while-failing", t: 50.3 });
    expect(moment.sentence).toContain("kubectl reported the rollout done at 50.3 s while requests were still failing");
    expect(moment.sentence).toContain("about 30%");
  });

  it("in the fix, is the rollout done with nothing failed", () => {
    const moment = decidingMoment(run("the-fix"), 600);
    expect(moment.kind).toBe("done-clean");
    expect(moment.sentence).toContain("not one request failed");
  });

  it("in the storm, is the first restart", () => {
    const moment = decidingMoment(run("liveness-on-database"), 240);
    expect(moment).toMatchObject({ kind: "restart", t: 71.2 });
    expect(moment.sentence).toContain("4 restarts in all");
  });

  it("without preStop, is the first failure, right after a SIGTERM", () => {
    const moment = decidingMoment(run("no-prestop"), 120);
    expect(moment).toMatchObject({ kind: "first-failure", t: 21.4 });
    expect(moment.sentence).toContain("just after old-4 received SIGTERM");
  });

  it("behind L4, is the first reset connection", () => {
    const moment = decidingMoment(run("l4-vs-l7"), 150);
    expect(moment.kind).toBe("reset");
    expect(moment.sentence).toContain("98 resets in all");
  });
});

describe("narration", () => {
  it("says what failed requests got: the app's own 503, the ingress's 502, or a reset", () => {
    const hook = run("the-hook");
    expect(eventLine(hook.events.find((e) => e.kind === "first-failure") as SimEvent)).toMatch(/the app answers 503 itself/);
    const noPrestop = run("no-prestop");
    const lines = noPrestop.events.filter((e) => e.kind === "first-failure" || e.kind === "failures-stopped").map((e) => eventLine(e));
    expect(lines[0]).toMatch(/refused the connection, so the ingress answers 502/);
    expect(lines[1]).toBe("Requests stop failing: 58 failed in this burst (58 502 or 503 from the ingress (no pod listening)).");
    expect(breakdown({ failed: 10, appErrors: 4, reset: 3 }, "L4")).toBe("4 the app’s own 503, 6 connections refused, 3 reset mid-request");
  });

  it("says that an L4 balancer stops new connections, not new requests", () => {
    const l4 = scenarios["l4-vs-l7"];
    const result = run("l4-vs-l7");
    const removed = result.events.find((e) => e.kind === "removed-from-endpoints") as SimEvent;
    expect(eventLine(removed, tellingOf(l4.config))).toMatch(/no new connections, but the connections already open keep carrying requests/);
    expect(eventLine(removed, tellingOf(withSetting(l4.config, "network.balancer", "L7")))).toMatch(/no new requests\.$/);
    const exit = result.events.find((e) => e.kind === "process-exited") as SimEvent;
    expect(eventLine(exit, tellingOf(l4.config))).toBe("old-4: the process exits.");
  });

  it("has a finished line for every kind of event", () => {
    const events: SimEvent[] = scenarioIds.flatMap((id) => run(id).events);
    events.push({ t: 1, kind: "sigkilled", pod: "old-1", reset: 3 }, { t: 1, kind: "progress-deadline-exceeded" });
    for (const event of events) expect(eventLine(event)).not.toMatch(/[{}]|sim\./);
  });

  it("speaks the events a move crosses, once each, and steps from event to event", () => {
    const result = run("the-hook");
    expect(linesBetween(result, 0, 10)).toEqual([
      "The new pod template is applied and the rollout starts.",
      "new-1 is created for the new version.",
      "old-4 is scaled down and starts terminating.",
      "new-2 is created for the new version.",
      "old-4 leaves the balancer’s list: no new requests.",
    ]);
    expect(linesBetween(result, 10, 15)).toEqual([
      "old-4 receives SIGTERM: it stops accepting connections, closes its idle keep-alive connections and answers what is in flight with Connection: close.",
      "old-4: the process exits with nothing in flight; its connections close cleanly.",
    ]);
    expect(nextEventTime(result, 0)).toBe(10);
    expect(nextEventTime(result, 10)).toBe(15);
    expect(nextEventTime(result, 29)).toBe(30);
    expect(nextEventTime(result, 200)).toBeNull();
  });

  it("names each pod state in words, and says when Ready is not the same as serving", () => {
    const frame = run("the-hook").frames[100];
    const states = frame?.pods.filter((p) => p.revision === "new").map((p) => podState(p).label);
    expect(states).toEqual(["Ready, can’t serve", "Ready, can’t serve", "Ready, can’t serve", "Ready, can’t serve"]);
    expect(statusShort({ kind: "done" }, true)).toBe("Rolled out");
    expect(statusShort({ kind: "not-started" }, false)).toBe("No rollout in this scenario");
  });
});

describe("runs", () => {
  it("play long enough to show a slower rollout end", () => {
    const hook = scenarios["the-hook"];
    const probed = runScenario(hook, withSetting(hook.config, "readinessProbe", true), {}, "probe");
    expect(probed.result.summary.rolloutDoneAt).toBeCloseTo(258.9, 1);
    expect(probed.result.frames.length - 1).toBeGreaterThanOrEqual(280);
    expect(probed.result.summary.failed).toBe(0);
    expect(runScenario(hook, hook.config, {}, "as set up").result.frames).toHaveLength(hook.durationSeconds + 1);
  });
});

describe("the placeholder's titles", () => {
  it("are the engine's", () => {
    for (const id of scenarioIds) expect(scenarioTitles[id]).toBe(scenarios[id].title);
  });
});
