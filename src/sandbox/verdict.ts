// The sandbox's verdict on a run: how many requests failed and from when to when, which seam of the
// chain let them fail, and the smallest edit of the manifest that closes it, as a diff. Pure.
import { structuredPatch } from "diff";
import type { SimResult } from "../sim/types";
import { applyEdit, type ManifestEdit } from "./edit";
import type { DeploymentReading } from "./manifest";
import type { SandboxSettings } from "./run";

export type Seam = "no-readiness-probe" | "surge-math" | "no-prestop" | "liveness-on-dependency" | "l4-keep-alive" | "unexplained";

export interface DiffLine {
  kind: "context" | "added" | "removed";
  text: string;
  /** Line number in the edited manifest (added, context) or the original (removed). */
  line: number;
}

export interface Fix {
  seam: Exclude<Seam, "unexplained">;
  /** The manifest with the fix applied. */
  text: string;
  diff: DiffLine[];
}

export interface Verdict {
  totalRequests: number;
  /** Failed and reset requests together: every request that got no proper answer. */
  failed: number;
  appErrors: number;
  reset: number;
  from: number | null;
  to: number | null;
  seam: Seam | null;
  fix: Fix | null;
  rolloutDoneAt: number | null;
  minAvailable: number;
  restarts: number;
}

/** The first failure's cause, from the run's own narration. */
function firstCause(result: SimResult): string | null {
  const event = result.events.find((e) => e.kind === "first-failure");
  return event && event.kind === "first-failure" ? event.cause : null;
}

function causes(result: SimResult): Set<string> {
  const set = new Set<string>();
  for (const e of result.events) if (e.kind === "first-failure") set.add(e.cause);
  return set;
}

/** Which seam failed, in the order a rollout meets them: a restart storm, a pod that is "ready" too soon, too few pods, the shutdown. */
export function seamOf(deployment: DeploymentReading, settings: SandboxSettings, result: SimResult): Seam | null {
  const { summary } = result;
  // A liveness probe on a dependency that kills pods is a seam even while the old pods carry the
  // traffic: the rollout cannot finish.
  if (summary.restarts > 0 && deployment.livenessProbe?.checksDependency) return "liveness-on-dependency";
  if (summary.failed + summary.reset === 0) return null;
  const seen = causes(result);
  if (deployment.readinessProbe === null && (seen.has("app-error") || seen.has("refused")) && (summary.appErrors > 0 || firstCause(result) === "refused")) {
    return "no-readiness-probe";
  }
  if (seen.has("no-endpoints") || summary.minAvailableSeen === 0) return "surge-math";
  if (settings.balancer === "L4" && summary.reset > 0) return "l4-keep-alive";
  if (deployment.preStopSleepSeconds === 0 && (seen.has("refused") || seen.has("reset"))) return "no-prestop";
  return "unexplained";
}

const PRESTOP_SECONDS = 5;

/** The one edit that closes the seam, or null when the manifest cannot say it (the fix lies elsewhere). */
export function editFor(seam: Seam, d: DeploymentReading): ManifestEdit | null {
  const container = d.containerPath;
  switch (seam) {
    case "no-readiness-probe":
      return {
        kind: "add",
        path: container,
        key: "readinessProbe",
        block: ["httpGet:", "  path: /ready", `  port: ${d.port === null ? 8080 : typeof d.port === "string" ? d.port : String(d.port)}`],
        after: ["ports", "args", "command", "image"],
      };
    case "surge-math":
      // Keep full capacity while new pods come up: unavailable 0, with room to surge one.
      if (d.fenceposts.maxSurge === 0) return { kind: "add", path: ["spec", "strategy"], key: "rollingUpdate", block: ["maxSurge: 1", "maxUnavailable: 0"], after: ["type"] };
      return { kind: "add", path: ["spec", "strategy", "rollingUpdate"], key: "maxUnavailable", block: [], after: ["maxSurge"] };
    case "no-prestop":
      return {
        kind: "add",
        path: [...container, "lifecycle", "preStop"],
        key: "sleep",
        block: [`seconds: ${Math.min(PRESTOP_SECONDS, d.terminationGracePeriodSeconds)}`],
      };
    case "liveness-on-dependency":
      return d.livenessProbe?.handler.startsWith("httpGet ") ? { kind: "set", path: [...container, "livenessProbe", "httpGet", "path"], value: "/livez" } : null;
    case "l4-keep-alive":
      // A shell that does not exec the app keeps SIGTERM from it, so it never closes its keep-alive
      // connections and is SIGKILLed with requests in flight (facts 3.11, 4.5).
      return d.commandForm === "shell" && d.shellScript !== null ? { kind: "set", path: [...container, "command", 2], value: JSON.stringify(`exec ${d.shellScript.trim()}`) } : null;
    case "unexplained":
      return null;
  }
}

// Adding maxUnavailable: 0 as a new key needs its value on the key's line.
function withValue(edit: ManifestEdit): ManifestEdit {
  if (edit.kind === "add" && edit.key === "maxUnavailable" && edit.block.length === 0) return { ...edit, key: "maxUnavailable: 0", block: [] };
  return edit;
}

/** The diff between two texts, line by line, with two lines of context. */
export function diffOf(before: string, after: string): DiffLine[] {
  const patch = structuredPatch("manifest.yaml", "manifest.yaml", before, after, "", "", { context: 2 });
  const out: DiffLine[] = [];
  for (const hunk of patch.hunks) {
    let oldLine = hunk.oldStart;
    let newLine = hunk.newStart;
    for (const raw of hunk.lines) {
      const mark = raw[0];
      const text = raw.slice(1);
      if (mark === "+") out.push({ kind: "added", text, line: newLine++ });
      else if (mark === "-") out.push({ kind: "removed", text, line: oldLine++ });
      else if (mark === " ") {
        out.push({ kind: "context", text, line: newLine++ });
        oldLine++;
      }
    }
  }
  return out;
}

/** The fix for a seam as an edited manifest and its diff, or null when no manifest edit closes it. */
export function fixFor(seam: Seam | null, text: string, d: DeploymentReading): Fix | null {
  if (seam === null || seam === "unexplained") return null;
  const edit = editFor(seam, d);
  const ready = edit && withValue(edit);
  if (!ready) return null;
  let after: string | null;
  if (ready.kind === "add" && ready.key === "maxUnavailable: 0") {
    // An existing maxUnavailable is set to 0; a missing one is added.
    after =
      applyEdit(text, d.documentIndex, { kind: "set", path: ["spec", "strategy", "rollingUpdate", "maxUnavailable"], value: "0" }) ??
      applyEdit(text, d.documentIndex, ready);
  } else {
    after = applyEdit(text, d.documentIndex, ready);
  }
  if (after === null || after === text) return null;
  return { seam, text: after, diff: diffOf(text, after) };
}

export function judge(text: string, deployment: DeploymentReading, settings: SandboxSettings, result: SimResult): Verdict {
  const { summary } = result;
  const seam = seamOf(deployment, settings, result);
  return {
    totalRequests: summary.totalRequests,
    failed: summary.failed + summary.reset,
    appErrors: summary.appErrors,
    reset: summary.reset,
    from: summary.firstErrorAt,
    to: summary.lastErrorAt,
    seam,
    fix: fixFor(seam, text, deployment),
    rolloutDoneAt: summary.rolloutDoneAt,
    minAvailable: summary.minAvailableSeen,
    restarts: summary.restarts,
  };
}
