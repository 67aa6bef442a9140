// Runs the rollout engine off the main thread, so that a thousand pods for an hour never block the page.
import { decidingMoment } from "../rollout/story";
import { simulate } from "../sim/engine";
import type { SimEvent } from "../sim/types";
import { judge } from "./verdict";
import { EVENTS_PER_PART, FRAMES_PER_PART, type WorkerReply, type WorkerRequest } from "./worker-protocol";

const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage: (reply: WorkerReply) => void };

/** Pod events narrated one by one when the pods are counted rather than shown: enough to follow the first waves. */
const TOLD_POD_EVENTS = 400;

/**
 * The events the page narrates. A run of a thousand pods has tens of thousands of pod events, more
 * than anyone reads and than the page should hold; the rollout's own events are all kept. The verdict
 * and the deciding moment are judged here on every event.
 */
function told(events: SimEvent[], summarised: boolean): SimEvent[] {
  if (!summarised) return events;
  let podEvents = 0;
  return events.filter((e) => !("pod" in e) || ++podEvents <= TOLD_POD_EVENTS);
}

scope.onmessage = (event) => {
  const { id, config, options, manifest, deployment, settings } = event.data;
  const started = performance.now();
  try {
    const result = simulate(config, options);
    const ms = performance.now() - started;
    const verdict = judge(manifest, deployment, settings, result);
    const moment = decidingMoment(result, result.frames.length - 1);
    for (let i = 0; i < result.frames.length; i += FRAMES_PER_PART) scope.postMessage({ id, kind: "frames", frames: result.frames.slice(i, i + FRAMES_PER_PART) });
    const events = told(result.events, options.podDetail === "summary");
    for (let i = 0; i < events.length; i += EVENTS_PER_PART) scope.postMessage({ id, kind: "events", events: events.slice(i, i + EVENTS_PER_PART) });
    scope.postMessage({ id, kind: "done", summary: result.summary, verdict, moment, ms });
  } catch (error) {
    scope.postMessage({ id, kind: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};
