// Small readers over a SimResult, so tests speak in pods and seconds.

import {
  defaultSimConfig,
  type SimConfig,
  type SimEvent,
  type SimEventKind,
  type SimEventOf,
  type SimFrame,
  type SimResult,
} from "../../src/sim";

/** A pod that becomes available exactly 10 s after it is created, as in fact sheet 2.12. */
export function workedExampleConfig(replicas: number, maxSurge: SimConfig["strategy"]["maxSurge"], maxUnavailable: SimConfig["strategy"]["maxUnavailable"]): SimConfig {
  const config = defaultSimConfig();
  return {
    ...config,
    replicas,
    strategy: { maxSurge, maxUnavailable },
    pod: { processStartSeconds: 10, appReadySeconds: 0, startJitterSeconds: 0 },
    readinessProbe: null,
    rolloutStartSeconds: 0,
  };
}

export function frameAt(result: SimResult, t: number): SimFrame {
  const frame = result.frames.find((f) => f.t === t);
  if (frame === undefined) throw new Error(`no frame at t=${t}`);
  return frame;
}

/** Non-terminating pods per revision in the frame at `t`. */
export function podsAt(result: SimResult, t: number): { old: number; new: number } {
  const counts = { old: 0, new: 0 };
  for (const pod of frameAt(result, t).pods) {
    if (pod.phase !== "terminating" && pod.phase !== "gone") counts[pod.revision] += 1;
  }
  return counts;
}

export function eventsOf<K extends SimEventKind>(result: SimResult, kind: K): Array<SimEventOf<K>> {
  return result.events.filter((e) => e.kind === kind) as Array<SimEventOf<K>>;
}

export function eventFor(result: SimResult, kind: SimEvent["kind"], pod: string): SimEvent | undefined {
  return result.events.find((e) => e.kind === kind && "pod" in e && e.pod === pod);
}

export function timeOf(result: SimResult, kind: SimEvent["kind"], pod: string): number {
  const event = eventFor(result, kind, pod);
  if (event === undefined) throw new Error(`no ${kind} event for ${pod}`);
  return event.t;
}

export function errorDuration(result: SimResult): number {
  const { firstErrorAt, lastErrorAt } = result.summary;
  if (firstErrorAt === null || lastErrorAt === null) return 0;
  return lastErrorAt - firstErrorAt;
}
