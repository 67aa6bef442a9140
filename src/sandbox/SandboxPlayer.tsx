// The sandbox's run on screen, built from the lesson simulator's own parts (src/rollout): the pods,
// the live chart, the rollout's status line, playback, and the text twin (narration and table). A run
// of more pods than fit as boxes shows them counted by version and state instead.
import { useId, useMemo, useState } from "react";
import { Chart } from "../rollout/Chart";
import { Narration, Timeline } from "../rollout/Panels";
import { Pods } from "../rollout/Pods";
import { Clock, Transport } from "../rollout/Transport";
import { breakdown, failedIn, tellingOf } from "../rollout/story";
import { count, percent, t as simText } from "../rollout/text";
import { usePlayback, usePrefersReducedMotion, type Run } from "../rollout/usePlayback";
import { rolloutStatusText, type SimFrame } from "../sim";
import { t } from "./strings";
import "../rollout/rollout.css";

function PodCounts({ frame }: { frame: SimFrame }) {
  const rows = frame.podSummary ?? [];
  return (
    <table className="sandbox-pod-counts">
      <caption>{t("sandbox.pods.summary")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("sandbox.pods.version")}</th>
          <th scope="col">{t("sandbox.pods.state")}</th>
          <th scope="col">{t("sandbox.pods.count")}</th>
          <th scope="col">{t("sandbox.pods.inEndpoints")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.revision}-${row.phase}`}>
            <td>{simText(`sim.lane.${row.revision}`)}</td>
            <td>{row.phase}</td>
            <td>{count(row.count)}</td>
            <td>{count(row.inEndpoints)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type Panel = "narration" | "table";

export function SandboxPlayer({ run }: { run: Run }) {
  const baseId = useId();
  const reducedMotion = usePrefersReducedMotion();
  const playback = usePlayback(run, reducedMotion);
  const { time, frame, end, playing } = playback;
  const [open, setOpen] = useState<Record<Panel, boolean>>({ narration: false, table: false });
  const telling = useMemo(() => tellingOf(run.config), [run.config]);
  const failedSoFar = frame.cumulative.failed + frame.cumulative.reset;
  const requestsSoFar = failedSoFar + frame.cumulative.served;
  const momentAt = time >= Math.ceil(run.moment.t) ? run.moment.t : null;
  const panelTime = playing ? Math.floor(time / playback.speed) * playback.speed : time;
  const detailed = frame.podSummary === undefined;

  return (
    <>
      <div className="sim-box sim-player sandbox-player" role="group" aria-label={t("sandbox.player.heading")}>
        <div className="sim-top">
          <Clock time={time} end={end} seek={playback.seek} />
        </div>
        <div className="sim-status">
          <span className="sim-status-label">{simText("sim.statusLabel")}</span>
          <code className={frame.status.kind === "done" && failedIn(frame) > 0 ? "sim-status-lying" : undefined}>{rolloutStatusText(frame.status)}</code>
        </div>
        {detailed ? <Pods frame={frame} rollout balancer={telling.balancer} /> : <PodCounts frame={frame} />}
        <Chart result={run.result} upTo={time} momentAt={momentAt} playhead />
        <p className="sim-readout">
          {simText("sim.readout", {
            served: count(frame.interval.served),
            failed: count(failedIn(frame)),
            total: count(failedSoFar),
            share: percent(requestsSoFar ? failedSoFar / requestsSoFar : 0),
            breakdown: breakdown(frame.cumulative, telling.balancer),
          })}
        </p>
        <div className="sim-message" role="status">
          {playback.spoken || run.moment.sentence}
        </div>
        <Transport playback={playback} playing={playing} />
        <div className="sim-toolbar">
          {(["narration", "table"] as const).map((panel) => (
            <button
              key={panel}
              type="button"
              aria-expanded={open[panel]}
              aria-controls={open[panel] ? `${baseId}-${panel}` : undefined}
              onClick={() => setOpen((o) => ({ ...o, [panel]: !o[panel] }))}
            >
              {simText(`sim.panel.${panel}`)}
            </button>
          ))}
        </div>
      </div>
      {open.narration && <Narration id={`${baseId}-narration`} result={run.result} telling={telling} time={panelTime} momentAt={momentAt} />}
      {open.table && <Timeline id={`${baseId}-table`} result={run.result} time={panelTime} momentAt={momentAt} rollout />}
    </>
  );
}
