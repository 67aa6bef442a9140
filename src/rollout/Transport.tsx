// Play or pause, step to the next event, restart, and the speed; the clock and the scrubber: the controls
// every player of a run shares (the lesson's simulator and the sandbox's).
import type { Ref } from "react";
import { seconds, t } from "./text";
import { speeds, type Speed } from "./usePlayback";

type Playback = { speed: Speed; play: () => void; pause: () => void; step: () => void; restart: () => void; setSpeed: (speed: Speed) => void };

export function Transport({ playback, playing, playRef }: { playback: Playback; playing: boolean; playRef?: Ref<HTMLButtonElement> }) {
  return (
    <div className="sim-transport">
      <button type="button" className="primary" ref={playRef} onClick={playing ? playback.pause : playback.play}>
        <span aria-hidden="true">{playing ? "❚❚ " : "▶ "}</span>
        {t(playing ? "sim.pause" : "sim.play")}
      </button>
      <button type="button" onClick={playback.step} aria-label={t("sim.step")}>
        <span aria-hidden="true">⇥ </span>
        {t("sim.stepShort")}
      </button>
      <button type="button" onClick={playback.restart}>
        <span aria-hidden="true">↺ </span>
        {t("sim.restart")}
      </button>
      <label className="sim-speed">
        {t("sim.speedShort")}
        <select value={playback.speed} aria-label={t("sim.speed")} onChange={(e) => playback.setSpeed(Number(e.target.value) as Speed)}>
          {speeds.map((s) => (
            <option key={s} value={s}>
              {t("sim.speedValue", { speed: s })}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** The time shown of the run's length, and, unless the run waits for a prediction, a scrubber to move through it. */
export function Clock({ time, end, seek }: { time: number; end: number; seek?: (time: number) => void }) {
  return (
    <>
      <p className="sim-clock">
        {t("sim.time", { time: seconds(time) })} <span className="sim-muted">{t("sim.of", { duration: seconds(end) })}</span>
      </p>
      {seek && (
        <input
          className="sim-scrub"
          type="range"
          min={0}
          max={end}
          step={1}
          value={time}
          aria-label={t("sim.scrub")}
          aria-valuetext={t("sim.scrubValue", { time: seconds(time), duration: seconds(end) })}
          onChange={(e) => seek(Number(e.target.value))}
        />
      )}
    </>
  );
}
