// The messages between the sandbox page and its simulation worker. A big run's result comes back in
// parts, so that no single message takes the main thread long to read (a thousand pods for an hour is
// tens of thousands of objects).
import type { Moment } from "../rollout/story";
import type { SimEvent, SimFrame, SimResult, SimConfig, SimOptions } from "../sim/types";
import type { DeploymentReading } from "./manifest";
import type { SandboxSettings } from "./run";
import type { Verdict } from "./verdict";

/** The run, and what the verdict is judged on: judging a big run is work the main thread is spared too. */
export type WorkerRequest = { id: number; config: SimConfig; options: SimOptions; manifest: string; deployment: DeploymentReading; settings: SandboxSettings };

export type WorkerReply =
  | { id: number; kind: "frames"; frames: SimFrame[] }
  | { id: number; kind: "events"; events: SimEvent[] }
  | { id: number; kind: "done"; summary: SimResult["summary"]; verdict: Verdict; moment: Moment; ms: number }
  | { id: number; kind: "failed"; message: string };

export const FRAMES_PER_PART = 60;
export const EVENTS_PER_PART = 500;
