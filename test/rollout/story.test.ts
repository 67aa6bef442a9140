import { describe, expect, it } from "vitest";
import { scenarioIds, scenarios, simulate, withSetting, type SimEvent } from "../../src/sim";
import { scenarioTitles } from "../../src/rollout/catalog";
import { decidingMoment, eventLine, podState, statusShort } from "../../src/rollout/story";
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
    expect(moment.sentence).toContain("199 resets in all");
  });
});

describe("narration", () => {
  it("has a finished line for every kind of event", () => {
    const events: SimEvent[] = scenarioIds.flatMap((id) => run(id).events);
    events.push({ t: 1, kind: "sigkilled", pod: "old-1" }, { t: 1, kind: "progress-deadline-exceeded" });
    for (const event of events) expect(eventLine(event)).not.toMatch(/[{}]|sim\./);
  });

  it("speaks the events a move crosses, once each, and steps from event to event", () => {
    const result = run("the-hook");
    expect(linesBetween(result, 0, 10)).toEqual([
      "The new pod template is applied and the rollout starts.",
      "new-1 is created for the new version.",
      "old-4 is scaled down and starts terminating.",
      "new-2 is created for the new version.",
    ]);
    expect(linesBetween(result, 10, 11)).toEqual(["old-4 leaves the balancer’s list: no new traffic."]);
    expect(nextEventTime(result, 0)).toBe(10);
    expect(nextEventTime(result, 10)).toBe(11);
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
