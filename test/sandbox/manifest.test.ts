import { describe, expect, it } from "vitest";
import { examples } from "../../src/sandbox/examples";
import { readManifest, type DeploymentReading, type ManifestProblem } from "../../src/sandbox/manifest";

/** A Deployment with `spec` lines and container lines spliced in, indented for their place. */
function manifest({ spec = "", pod = "", container = "" }: { spec?: string; pod?: string; container?: string }): string {
  const indent = (text: string, by: number) => text.split("\n").filter(Boolean).map((l) => " ".repeat(by) + l).join("\n");
  return [
    "apiVersion: apps/v1",
    "kind: Deployment",
    "metadata:",
    "  name: web",
    "spec:",
    indent(spec, 2),
    "  template:",
    "    spec:",
    indent(pod, 6),
    "      containers:",
    "        - name: web",
    "          image: web:1",
    indent(container, 10),
  ]
    .filter((l) => l.trim() !== "")
    .join("\n");
}

function read(text: string): DeploymentReading {
  const reading = readManifest(text);
  if (!reading.ok) throw new Error(reading.problems.map((p) => p.message).join("\n"));
  return reading.deployment;
}

function refused(text: string): ManifestProblem[] {
  const reading = readManifest(text);
  if (reading.ok) throw new Error("expected a refusal");
  return reading.problems;
}

describe("defaults Kubernetes applies (fact sheet §0)", () => {
  const d = read(manifest({}));
  it("one replica, RollingUpdate 25%/25%, minReadySeconds 0, progress deadline 600 s, grace 30 s", () => {
    expect(d.replicas).toBe(1);
    expect([d.maxSurge, d.maxUnavailable]).toEqual(["25%", "25%"]);
    expect(d.minReadySeconds).toBe(0);
    expect(d.progressDeadlineSeconds).toBe(600);
    expect(d.terminationGracePeriodSeconds).toBe(30);
    expect(d.preStopSleepSeconds).toBe(0);
    expect(d.readinessProbe).toBeNull();
    expect(d.livenessProbe).toBeNull();
  });
  it("lists each default it filled in", () => {
    const reading = readManifest(manifest({}));
    expect(reading.ok && reading.defaults).toEqual(expect.arrayContaining(["spec.strategy.rollingUpdate.maxSurge: 25%", "spec.template.spec.terminationGracePeriodSeconds: 30"]));
  });
  it("probe fields left out or 0 become period 10, timeout 1, success 1, failure 3, delay 0", () => {
    const probe = read(manifest({ container: "readinessProbe:\n  periodSeconds: 0\n  httpGet:\n    path: /ready\n    port: 8080" })).readinessProbe;
    expect(probe).toMatchObject({ initialDelaySeconds: 0, periodSeconds: 10, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3, checksDependency: true });
  });
});

describe("surge rounds up, unavailable rounds down (fact 2.2, table 2.4)", () => {
  const cases: [number, number, number][] = [
    [1, 1, 0],
    [3, 1, 0],
    [4, 1, 1],
    [5, 2, 1],
    [8, 2, 2],
    [10, 3, 2],
    [20, 5, 5],
  ];
  it.each(cases)("%i replicas at 25%%/25%% → surge %i, unavailable %i", (replicas, surge, unavailable) => {
    expect(read(manifest({ spec: `replicas: ${replicas}` })).fenceposts).toEqual({ maxSurge: surge, maxUnavailable: unavailable });
  });
  it("0% surge and 5% of 10 unavailable round to 0/0, and the controller allows one unavailable (fact 2.3)", () => {
    const d = read(manifest({ spec: "replicas: 10\nstrategy:\n  rollingUpdate:\n    maxSurge: 0%\n    maxUnavailable: 5%" }));
    expect(d.fenceposts).toEqual({ maxSurge: 0, maxUnavailable: 1 });
  });
});

describe("values Kubernetes rejects, in its words", () => {
  const strategy = (surge: string, unavailable: string) => manifest({ spec: `replicas: 4\nstrategy:\n  rollingUpdate:\n    maxSurge: ${surge}\n    maxUnavailable: ${unavailable}` });
  it("maxSurge 0 with maxUnavailable 0, at the maxUnavailable line", () => {
    const [problem] = refused(strategy("0", "0"));
    expect(problem?.message).toBe("spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0");
    expect(problem?.line).toBe(10);
  });
  it("0% and 0 as well", () => {
    expect(refused(strategy("0%", "0"))[0]?.message).toContain("may not be 0 when `maxSurge` is 0");
  });
  it("maxUnavailable over 100%", () => {
    expect(refused(strategy("1", "110%"))[0]?.message).toBe('spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "110%": must not be greater than 100%');
  });
  it("a negative maxSurge", () => {
    expect(refused(strategy("-1", "1"))[0]?.message).toBe("spec.strategy.rollingUpdate.maxSurge: Invalid value: -1: must be greater than or equal to 0");
  });
  it("a percentage that is not a whole number", () => {
    expect(refused(strategy("12.5%", "0"))[0]?.message).toContain("a valid percent string must be a numeric string followed by an ending '%'");
  });
  it.each([
    ["replicas: -1", "spec.replicas: Invalid value: -1: must be greater than or equal to 0"],
    ["minReadySeconds: -5", "spec.minReadySeconds: Invalid value: -5: must be greater than or equal to 0"],
    ["minReadySeconds: 30\nprogressDeadlineSeconds: 30", "spec.progressDeadlineSeconds: Invalid value: 30: must be greater than minReadySeconds"],
  ])("%s", (spec, message) => {
    expect(refused(manifest({ spec })).map((p) => p.message)).toContain(message);
  });
  it.each(["initialDelaySeconds", "periodSeconds", "timeoutSeconds", "successThreshold", "failureThreshold"])("a negative probe %s", (field) => {
    const text = manifest({ container: `readinessProbe:\n  ${field}: -1\n  httpGet:\n    path: /ready\n    port: 8080` });
    expect(refused(text)[0]?.message).toBe(`spec.template.spec.containers[0].readinessProbe.${field}: Invalid value: -1: must be greater than or equal to 0`);
  });
  it("successThreshold other than 1 on a liveness or startup probe (fact 1.2)", () => {
    for (const kind of ["livenessProbe", "startupProbe"]) {
      const text = manifest({ container: `${kind}:\n  successThreshold: 2\n  tcpSocket:\n    port: 8080` });
      expect(refused(text)[0]?.message).toBe(`spec.template.spec.containers[0].${kind}.successThreshold: Invalid value: 2: must be 1`);
    }
  });
  it("a probe-level grace period on a readiness probe (fact 1.12)", () => {
    const text = manifest({ container: "readinessProbe:\n  terminationGracePeriodSeconds: 10\n  tcpSocket:\n    port: 8080" });
    expect(refused(text)[0]?.message).toBe("spec.template.spec.containers[0].readinessProbe.terminationGracePeriodSeconds: Invalid value: 10: must not be set for readinessProbes");
  });
  it("a probe with no handler", () => {
    expect(refused(manifest({ container: "readinessProbe:\n  periodSeconds: 5" }))[0]?.message).toBe("spec.template.spec.containers[0].readinessProbe: Required value: must specify a handler type");
  });
  it("a negative grace period", () => {
    expect(refused(manifest({ pod: "terminationGracePeriodSeconds: -1" }))[0]?.message).toBe("spec.template.spec.terminationGracePeriodSeconds: Invalid value: -1: must be greater than or equal to 0");
  });
  it("a preStop sleep longer than the grace period", () => {
    const text = manifest({ pod: "terminationGracePeriodSeconds: 10", container: "lifecycle:\n  preStop:\n    sleep:\n      seconds: 20" });
    expect(refused(text)[0]?.message).toBe("spec.template.spec.containers[0].lifecycle.preStop.sleep.seconds: Invalid value: 20: must be non-negative and less than terminationGracePeriodSeconds (10)");
  });
  it("rollingUpdate with strategy Recreate", () => {
    const text = manifest({ spec: "strategy:\n  type: Recreate\n  rollingUpdate:\n    maxSurge: 1" });
    expect(refused(text)[0]?.message).toBe("spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'");
  });
});

describe("what the sandbox cannot read", () => {
  it("invalid YAML, at its line and column", () => {
    const [problem] = refused("apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: [1, 2\n  template: {}\n");
    expect(problem?.line).toBeGreaterThanOrEqual(4);
    expect(problem?.column).toBeGreaterThan(0);
  });
  it("a kind that is not a Deployment, with the reason", () => {
    const [problem] = refused("apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\n");
    expect(problem).toMatchObject({ line: 2, column: 7 });
    expect(problem?.message).toContain("StatefulSet is not a Deployment");
  });
  it("a Deployment that is not apps/v1", () => {
    expect(refused("apiVersion: extensions/v1beta1\nkind: Deployment\n")[0]?.message).toContain("use apps/v1");
  });
  it("an empty text", () => {
    expect(refused("")[0]?.message).toContain("empty");
  });
});

describe("what the manifest says", () => {
  it("reads the Deployment beside its Service in a multi-document file", () => {
    const reading = readManifest(examples.hook);
    expect(reading.ok && reading.deployment.service).toEqual({ name: "checkout", type: "ClusterIP" });
    expect(reading.ok && reading.deployment.preStopSleepSeconds).toBe(5);
  });
  it("lists the fields it does not model as ignored, at their line", () => {
    const reading = readManifest(manifest({ pod: "nodeSelector:\n  disk: ssd", container: "resources:\n  limits:\n    cpu: 1" }));
    expect(reading.ok && reading.ignored.map((i) => i.path)).toEqual(expect.arrayContaining(["spec.template.spec.nodeSelector", "spec.template.spec.containers[0].resources"]));
  });
  it.each([
    ['command: ["/app/web"]', "exec", "graceful"],
    ['command: ["sh", "-c", "/app/web"]', "shell", "ignored"],
    ['command: ["/bin/sh", "-c", "exec /app/web"]', "shell-exec", "graceful"],
    ["", "image", "graceful"],
  ])("%s: PID 1 is %s, so SIGTERM is %s (fact 3.11)", (line, form, sigterm) => {
    const d = read(manifest({ container: line }));
    expect([d.commandForm, d.sigterm]).toEqual([form, sigterm]);
  });
  it("a preStop exec sleep counts like the sleep action", () => {
    expect(read(manifest({ container: 'lifecycle:\n  preStop:\n    exec:\n      command: ["sh", "-c", "sleep 8"]' })).preStopSleepSeconds).toBe(8);
  });
  it("a liveness probe whose path names the database checks the dependency", () => {
    expect(read(manifest({ container: "livenessProbe:\n  httpGet:\n    path: /health/db\n    port: 8080" })).livenessProbe?.checksDependency).toBe(true);
    expect(read(manifest({ container: "livenessProbe:\n  httpGet:\n    path: /livez\n    port: 8080" })).livenessProbe?.checksDependency).toBe(false);
  });
});
