// Adapts the pure engine to React: a run is simulated whole, up front, and playback only moves a
// cursor over its sampled frames. The cursor moves a whole second at a time, so a render happens at
// most once per simulated second, and the narration speaks once per engine event it crosses.
import { useCallback, useEffect, useRef, useState } from "react";
import { simulate, type Scenario, type SimConfig, type SimFrame, type SimResult } from "../sim";
import type { Choices } from "./setup";
import { decidingMoment, eventLine, tellingOf, type Moment, type Telling } from "./story";

export type Run = {
  /** Values of the settings on show, as this run had them. */
  choices: Choices;
  config: SimConfig;
  result: SimResult;
  moment: Moment;
  /** What set this run apart from the setup, in words ("as set up", "readinessProbe on"). */
  label: string;
  /** Counts runs in this simulator, so that a rerun with the same settings is still a new run. */
  serial: number;
};

let serials = 0;

/** The longest a run is played: ten minutes after the rollout starts is past any progress deadline here. */
const LONGEST_SECONDS = 900;
const AFTER_DONE_SECONDS = 30;

function simulateFor(config: SimConfig, durationSeconds: number): SimResult {
  return simulate(config, { durationSeconds });
}

/**
 * Simulates a run for at least the scenario's length, and longer when a change makes the rollout
 * slower, so that every run shows the rollout end: the engine is deterministic, so a longer run
 * only adds seconds at the end.
 */
export function runScenario(scenario: Scenario, config: SimConfig, choices: Choices, label: string, atLeast = scenario.durationSeconds): Run {
  let duration = Math.max(atLeast, scenario.durationSeconds);
  let result = simulateFor(config, duration);
  if (config.rolloutStartSeconds !== null && result.summary.rolloutDoneAt === null && duration < LONGEST_SECONDS) {
    const long = simulateFor(config, LONGEST_SECONDS);
    const done = long.summary.rolloutDoneAt;
    duration = done === null ? LONGEST_SECONDS : Math.min(LONGEST_SECONDS, Math.max(duration, Math.ceil(done) + AFTER_DONE_SECONDS));
    result = duration === LONGEST_SECONDS ? long : simulateFor(config, duration);
  }
  return { choices, config, result, moment: decidingMoment(result, duration), label, serial: ++serials };
}

/** The same run, played for longer, so that two runs side by side cover the same seconds. */
export function lengthened(scenario: Scenario, run: Run, durationSeconds: number): Run {
  if (run.result.frames.length - 1 >= durationSeconds) return run;
  return runScenario(scenario, run.config, run.choices, run.label, durationSeconds);
}

export function durationOf(run: Run): number {
  return run.result.frames.length - 1;
}

export const speeds = [5, 10, 20, 50] as const;
const FRAME_MS = 100;
export type Speed = (typeof speeds)[number];

/** The event lines from just after `from` up to and including `to` (seconds). */
export function linesBetween(result: SimResult, from: number, to: number, telling?: Telling): string[] {
  return result.events.filter((e) => e.t > from && e.t <= to).map((e) => eventLine(e, telling));
}

/** The whole second at which the next event after `time` has happened, or null at the last one. */
export function nextEventTime(result: SimResult, time: number): number | null {
  const next = result.events.find((e) => e.t > time);
  return next ? Math.ceil(next.t) : null;
}

export function usePrefersReducedMotion(): boolean {
  const [reduced, setReduced] = useState(false);
  useEffect(() => {
    const query = window.matchMedia?.("(prefers-reduced-motion: reduce)");
    if (!query) return;
    setReduced(query.matches);
    const update = () => setReduced(query.matches);
    query.addEventListener("change", update);
    return () => query.removeEventListener("change", update);
  }, []);
  return reduced;
}

export type Playback = {
  time: number;
  frame: SimFrame;
  end: number;
  playing: boolean;
  speed: Speed;
  /** The narration for what the last move crossed: one line per engine event, joined. */
  spoken: string;
  play: () => void;
  pause: () => void;
  step: () => void;
  restart: () => void;
  seek: (time: number) => void;
  setSpeed: (speed: Speed) => void;
  /** Jumps without narrating (the caller says what happened instead). */
  jump: (time: number) => void;
};

/**
 * Plays a run. With reduced motion the cursor moves in discrete jumps, one a second, of `speed`
 * simulated seconds each; otherwise it moves with the clock, redrawn ten times a second.
 */
export function usePlayback(run: Run, reducedMotion: boolean): Playback {
  const frames = run.result.frames;
  const end = frames.length - 1;
  const [time, setTime] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(10);
  const [spoken, setSpoken] = useState("");
  const timeRef = useRef(0);

  const moveTo = useCallback(
    (next: number, narrate: boolean) => {
      const clamped = Math.max(0, Math.min(end, Math.round(next)));
      const from = timeRef.current;
      timeRef.current = clamped;
      setTime(clamped);
      if (narrate && clamped > from) {
        const lines = linesBetween(run.result, from, clamped, tellingOf(run.config));
        if (lines.length > 0) setSpoken(lines.join(" "));
      }
      if (clamped >= end) setPlaying(false);
    },
    [end, run.result, run.config],
  );

  // A new run starts at the beginning.
  useEffect(() => {
    timeRef.current = 0;
    setTime(0);
    setSpoken("");
  }, [run]);

  useEffect(() => {
    if (!playing) return;
    // A timer, not a frame loop: the page only works when there is a new second to show, at most ten
    // times a second (once a second, in jumps of `speed` seconds, with reduced motion).
    let last = performance.now();
    let position = timeRef.current;
    const timer = window.setInterval(
      () => {
        const now = performance.now();
        position = reducedMotion ? timeRef.current + speed : Math.min(end, position + ((now - last) / 1000) * speed);
        last = now;
        if (Math.floor(position) !== timeRef.current) moveTo(Math.floor(position), true);
      },
      reducedMotion ? 1000 : FRAME_MS,
    );
    return () => window.clearInterval(timer);
  }, [playing, reducedMotion, speed, end, moveTo]);

  return {
    time,
    frame: frames[time] ?? (frames[0] as SimFrame),
    end,
    playing,
    speed,
    spoken,
    play: () => {
      if (timeRef.current >= end) moveTo(0, false);
      setPlaying(true);
    },
    pause: () => setPlaying(false),
    step: () => {
      setPlaying(false);
      moveTo(nextEventTime(run.result, timeRef.current) ?? end, true);
    },
    restart: () => {
      moveTo(0, false);
      setSpoken("");
      setPlaying(true);
    },
    seek: (next) => {
      setPlaying(false);
      moveTo(next, false);
    },
    setSpeed,
    jump: (next) => {
      setPlaying(false);
      moveTo(next, false);
    },
  };
}
