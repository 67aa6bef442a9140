// Play or pause, step to the next event, restart, and the speed: the controls every player of a run shares
// (the lesson's simulator and the sandbox's).
import type { Ref } from "react";
import { t } from "./text";
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
