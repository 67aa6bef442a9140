// The page's side of the simulation worker: one worker, one run at a time; a newer run replaces an
// older one that has not answered yet, so typing never queues up stale runs.
import type { SimEvent, SimFrame, SimResult } from "../sim/types";
import type { Moment } from "../rollout/story";
import type { WorkerReply, WorkerRequest } from "./worker-protocol";
import type { Verdict } from "./verdict";

export type Outcome = { ok: true; result: SimResult; verdict: Verdict; moment: Moment; ms: number } | { ok: false; message: string };

export type Job = Omit<WorkerRequest, "id">;

let worker: Worker | null = null;
let serial = 0;
let waiting: { id: number; resolve: (outcome: Outcome | null) => void; frames: SimFrame[]; events: SimEvent[] } | null = null;

function start(): Worker {
  const created = new Worker(new URL("./sim.worker.ts", import.meta.url), { type: "module" });
  created.onmessage = (event: MessageEvent<WorkerReply>) => {
    const reply = event.data;
    if (!waiting || reply.id !== waiting.id) return;
    if (reply.kind === "frames") {
      for (const frame of reply.frames) waiting.frames.push(frame);
      return;
    }
    if (reply.kind === "events") {
      for (const e of reply.events) waiting.events.push(e);
      return;
    }
    const { resolve, frames, events } = waiting;
    waiting = null;
    resolve(reply.kind === "done" ? { ok: true, result: { frames, events, summary: reply.summary }, verdict: reply.verdict, moment: reply.moment, ms: reply.ms } : { ok: false, message: reply.message });
  };
  created.onerror = (event) => {
    event.preventDefault();
    const pending = waiting;
    waiting = null;
    worker = null;
    created.terminate();
    pending?.resolve({ ok: false, message: event.message || "the simulation stopped unexpectedly" });
  };
  return created;
}

/** Simulates in the worker; resolves null when a newer run took its place. */
export function simulateInWorker(job: Job): Promise<Outcome | null> {
  if (waiting) {
    // The older run is still computing: stop it rather than wait for an answer nobody will read.
    waiting.resolve(null);
    waiting = null;
    worker?.terminate();
    worker = null;
  }
  worker ??= start();
  const id = ++serial;
  const request: WorkerRequest = { id, ...job };
  return new Promise((resolve) => {
    waiting = { id, resolve, frames: [], events: [] };
    worker?.postMessage(request);
  });
}

/** Starts the worker ahead of the first run. */
export function warmWorker(): void {
  worker ??= start();
}
