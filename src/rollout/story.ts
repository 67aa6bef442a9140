// What a run means, in words: a line per engine event, a pod's state, the rollout status in short, and
// the deciding moment a predict-then-run question points at. Pure over the engine's result.
import type { Balancer, PodSnapshot, RequestCounts, RolloutStatus, SigtermHandling, SimConfig, SimEvent, SimFrame, SimResult } from "../sim";
import { count, percent, seconds, t, type SimStringKey } from "./text";

/** What the words for a run depend on besides its events: where traffic comes from and what the app does on SIGTERM. */
export type Telling = { balancer: Balancer; sigterm: SigtermHandling };

export function tellingOf(config: SimConfig): Telling {
  return { balancer: config.network.balancer, sigterm: config.termination.sigterm };
}

const defaultTelling: Telling = { balancer: "L7", sigterm: "graceful" };

/**
 * Failed requests by what the client got, in words: the app's own 503s; refusals, which an ingress
 * turns into 502 or 503 and an L4 path leaves as a refused connection; and resets.
 */
export function breakdown(counts: Pick<RequestCounts, "failed" | "appErrors" | "reset">, balancer: Balancer): string {
  const l4 = balancer === "L4";
  const parts: string[] = [];
  const gateway = counts.failed - counts.appErrors;
  if (counts.appErrors > 0) parts.push(t("sim.breakdown.app", { count: count(counts.appErrors) }));
  if (gateway > 0) parts.push(t(l4 ? "sim.breakdown.gatewayL4" : "sim.breakdown.gatewayL7", { count: count(gateway) }));
  if (counts.reset > 0) parts.push(t(l4 ? "sim.breakdown.resetL4" : "sim.breakdown.resetL7", { count: count(counts.reset) }));
  return parts.length > 0 ? parts.join(", ") : t("sim.breakdown.none");
}

/** One narration line for one engine event. */
export function eventLine(event: SimEvent, telling: Telling = defaultTelling): string {
  const l4 = telling.balancer === "L4";
  switch (event.kind) {
    case "pod-created":
      return t("sim.event.pod-created", { pod: event.pod, revision: t(`sim.revision.${event.revision}`) });
    case "liveness-restart":
      return t("sim.event.liveness-restart", { pod: event.pod, restarts: event.restarts, backoff: event.backoffSeconds });
    case "first-failure": {
      const key = `sim.event.first-failure.${event.cause}${l4 && event.cause !== "reset" ? "L4" : ""}` as SimStringKey;
      return t(key);
    }
    case "failures-stopped":
      return t("sim.event.failures-stopped", { failed: count(event.failed + event.reset), breakdown: breakdown(event, telling.balancer) });
    case "removed-from-endpoints":
      return t(l4 ? "sim.event.removed-from-endpointsL4" : "sim.event.removed-from-endpoints", { pod: event.pod });
    case "sigterm-sent":
      return t(telling.sigterm === "graceful" ? "sim.event.sigterm-sentGraceful" : "sim.event.sigterm-sent", { pod: event.pod });
    case "process-exited":
      return t(event.reset === 0 ? "sim.event.process-exitedClean" : "sim.event.process-exited", { pod: event.pod });
    default:
      return t(`sim.event.${event.kind}`, "pod" in event ? { pod: event.pod } : {});
  }
}

export type PodTone = "waiting" | "ok" | "bad" | "leaving";

/** How a pod box reads: its state in words (never colour alone), and a tone for the border. */
export function podState(pod: PodSnapshot): { label: string; tone: PodTone } {
  switch (pod.phase) {
    case "starting":
      return { label: t("sim.pod.starting"), tone: "waiting" };
    case "running-not-serving":
      return { label: t("sim.pod.notReady"), tone: "waiting" };
    case "ready":
      return pod.serving ? { label: t("sim.pod.ready"), tone: "ok" } : { label: t("sim.pod.readyNotServing"), tone: "bad" };
    case "terminating":
      return { label: t("sim.pod.terminating"), tone: "leaving" };
    case "restarting":
      return { label: t("sim.pod.restarting"), tone: "bad" };
    case "gone":
      return { label: "", tone: "leaving" };
  }
}

/** The rollout status in a few words, for the table. */
export function statusShort(status: RolloutStatus, hasRollout: boolean): string {
  switch (status.kind) {
    case "not-started":
      return t(hasRollout ? "sim.status.notStarted" : "sim.status.noRollout");
    case "waiting-for-updated":
      return t("sim.status.updating", { updated: status.updated, replicas: status.replicas });
    case "waiting-for-old-termination":
      return t("sim.status.oldPending", { old: status.old });
    case "waiting-for-available":
      return t("sim.status.available", { available: status.available, updated: status.updated });
    case "done":
      return t("sim.status.done");
    case "deadline-exceeded":
      return t("sim.status.deadline");
  }
}

/** Pods Ready in a frame (a terminating pod no longer counts), and how many of those cannot answer yet. */
export function readyCounts(frame: SimFrame): { ready: number; pods: number; cantServe: number } {
  const live = frame.pods.filter((p) => p.phase !== "gone");
  const ready = live.filter((p) => p.ready && p.phase !== "terminating");
  return { ready: ready.length, pods: live.length, cantServe: ready.filter((p) => !p.serving).length };
}

export function failedIn(frame: SimFrame): number {
  return frame.interval.failed + frame.interval.reset;
}

const FAILING_AFTER_DONE_SECONDS = 10;

export type MomentKind = "done-while-failing" | "restart" | "reset" | "first-failure" | "done-clean" | "clean";

export type Moment = { kind: MomentKind; t: number; sentence: string };

/**
 * The moment that decides what a run teaches, first match wins: the first liveness restart; the
 * first reset connection; the rollout reporting done while requests go on failing; the first
 * failure; the rollout done with nothing failed; or, with no rollout and no failure, the end.
 */
export function decidingMoment(result: SimResult, durationSeconds: number): Moment {
  const { summary, events } = result;
  const failed = summary.failed + summary.reset;
  const first = seconds(summary.firstErrorAt ?? 0);
  const last = seconds(summary.lastErrorAt ?? 0);
  const make = (kind: MomentKind, at: number, key: SimStringKey, values: Record<string, string | number>): Moment => ({
    kind,
    t: at,
    sentence: t(key, { time: seconds(at), ...values }),
  });

  const done = summary.rolloutDoneAt;
  const restart = events.find((e) => e.kind === "liveness-restart");
  if (restart && "pod" in restart) {
    return make("restart", restart.t, "sim.decided.restart", { pod: restart.pod, restarts: summary.restarts, first, last });
  }
  const reset = events.find((e) => e.kind === "connection-reset");
  if (reset && "pod" in reset && summary.reset > 0) {
    return make("reset", reset.t, "sim.decided.reset", { pod: reset.pod, count: count(summary.reset) });
  }
  // A last old pod's shutdown can fail a few requests just after "done"; the lie is errors that go on.
  if (done !== null && summary.lastErrorAt !== null && summary.lastErrorAt - done >= FAILING_AFTER_DONE_SECONDS) {
    return make("done-while-failing", done, "sim.decided.doneWhileFailing", { share: percent(summary.errorWindowShare), first, last });
  }
  if (summary.firstErrorAt !== null) {
    const at = summary.firstErrorAt;
    const sigterm = [...events].reverse().find((e) => e.kind === "sigterm-sent" && e.t <= at && at - e.t <= 2);
    const detail = sigterm && "pod" in sigterm ? t("sim.decided.afterSigterm", { pod: sigterm.pod }) : "";
    return make("first-failure", at, "sim.decided.firstFailure", { detail, count: count(failed), seconds: summary.errorSeconds });
  }
  if (done !== null) {
    return make("done-clean", done, "sim.decided.doneClean", { duration: seconds(summary.rolloutSeconds ?? 0) });
  }
  return make("clean", durationSeconds, "sim.decided.clean", { duration: seconds(durationSeconds) });
}
