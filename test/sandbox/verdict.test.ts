import { describe, expect, it } from "vitest";
import { examples } from "../../src/sandbox/examples";
import { readManifest } from "../../src/sandbox/manifest";
import { defaultSettings, simConfigOf, simOptionsOf, type SandboxSettings } from "../../src/sandbox/run";
import { judge, type Verdict } from "../../src/sandbox/verdict";
import { scenarios, simulate } from "../../src/sim";

function verdictOf(text: string, settings: SandboxSettings = defaultSettings): Verdict {
  const reading = readManifest(text);
  if (!reading.ok) throw new Error(reading.problems.map((p) => `${p.line}:${p.column} ${p.message}`).join("\n"));
  const result = simulate(simConfigOf(reading.deployment, settings), simOptionsOf(reading.deployment, settings));
  return judge(text, reading.deployment, settings, result);
}

const quickApp: SandboxSettings = { ...defaultSettings, appStartSeconds: 5, dependencyReadySeconds: 5 };
const withoutPreStop = examples.fixed.replace(/ {10}lifecycle:\n {12}preStop:\n {14}sleep:\n {16}seconds: 5\n/, "");

describe("the hook's manifest", () => {
  const verdict = verdictOf(examples.hook);
  it("fails requests from about 30 s to about 150 s, and names the missing readiness probe", () => {
    expect(verdict.failed).toBeGreaterThan(1000);
    expect(verdict.from).toBeGreaterThan(20);
    expect(verdict.to).toBeGreaterThan(verdict.from ?? 0);
    expect(verdict.seam).toBe("no-readiness-probe");
  });
  it("runs as the lesson's hook scenario does: the same config under the lesson's settings", () => {
    const reading = readManifest(examples.hook);
    if (!reading.ok) throw new Error("unreadable");
    const config = simConfigOf(reading.deployment, defaultSettings);
    const hook = scenarios["the-hook"].config;
    expect(config).toMatchObject({ replicas: hook.replicas, strategy: hook.strategy, readinessProbe: null, pod: { processStartSeconds: 20, appReadySeconds: 100 } });
    expect(config.termination).toEqual(hook.termination);
  });
  it("offers a readiness probe as the fix, a diff of added lines only", () => {
    expect(verdict.fix?.diff.filter((l) => l.kind === "removed")).toEqual([]);
    expect(verdict.fix?.diff.filter((l) => l.kind === "added").map((l) => l.text.trim())).toEqual(["readinessProbe:", "httpGet:", "path: /ready", "port: 8080"]);
  });
  it("with the fix applied, no request fails and the rollout completes", () => {
    const fixed = verdictOf(verdict.fix?.text ?? "");
    expect(fixed.failed).toBe(0);
    expect(fixed.seam).toBeNull();
    expect(fixed.rolloutDoneAt).not.toBeNull();
  });
});

describe("the fixed example", () => {
  it("fails nothing and offers no fix", () => {
    const verdict = verdictOf(examples.fixed);
    expect([verdict.failed, verdict.seam, verdict.fix]).toEqual([0, null, null]);
  });
});

describe("each seam, and its fix closing it", () => {
  const cases: [string, string, SandboxSettings][] = [
    ["no preStop", withoutPreStop, quickApp],
    ["surge math", examples.fixed.replace("maxUnavailable: 0", "maxUnavailable: 100%"), defaultSettings],
    ["L4 with keep-alive and a shell that swallows SIGTERM", examples.fixed.replace('command: ["/app/checkout"]', 'command: ["sh", "-c", "/app/checkout"]'), { ...quickApp, balancer: "L4" }],
    [
      "liveness on the database",
      examples.fixed.replace("          lifecycle:", "          livenessProbe:\n            httpGet:\n              path: /health/db\n              port: 8080\n          lifecycle:"),
      defaultSettings,
    ],
  ];
  const seams = ["no-prestop", "surge-math", "l4-keep-alive", "liveness-on-dependency"];
  it.each(cases.map((c, i) => [...c, seams[i]] as const))("%s is named and fixed", (_name, text, settings, seam) => {
    const verdict = verdictOf(text, settings);
    expect(verdict.seam).toBe(seam);
    expect(verdict.fix).not.toBeNull();
    const after = verdictOf(verdict.fix?.text ?? "", settings);
    expect(after.failed).toBe(0);
    expect(after.seam).toBeNull();
  });
  it("the surge fix sets maxUnavailable to 0 in place", () => {
    const verdict = verdictOf(examples.fixed.replace("maxUnavailable: 0", "maxUnavailable: 100%"));
    expect(verdict.fix?.diff.filter((l) => l.kind !== "context").map((l) => `${l.kind} ${l.text.trim()}`)).toEqual(["removed maxUnavailable: 100%", "added maxUnavailable: 0"]);
  });
});
