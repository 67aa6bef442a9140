import { memo, useMemo } from "react";
import type { SimResult } from "../sim";
import { failedIn } from "./story";
import { count, seconds, t } from "./text";

type Props = {
  result: SimResult;
  /** Draw the run up to this second (the playhead). */
  upTo: number;
  /** When set, a line marks the deciding moment once the playhead has passed it. */
  momentAt?: number | null;
  playhead?: boolean;
  /** Shared vertical scale, so that two charts side by side compare honestly. */
  top?: number;
  className?: string;
};

/** The largest requests-per-second any frame of these runs saw, rounded up to a tidy number. */
export function chartTop(...results: SimResult[]): number {
  let top = 1;
  for (const r of results) for (const f of r.frames) top = Math.max(top, f.interval.served + failedIn(f));
  return Math.ceil((top * 1.1) / 10) * 10;
}

// The whole run's lines are computed once; playback only moves a cover and the playhead.
function paths(result: SimResult, top: number): { served: string; failed: string; appErrors: string | null } {
  const y = (v: number) => (100 - (v / top) * 100).toFixed(2);
  const served: string[] = [];
  const failed: string[] = [];
  const appErrors: string[] = [];
  // Frame 0 counts the requests before the run began (none), so each line starts at 1 s.
  for (const f of result.frames.slice(1)) {
    served.push(`${served.length ? "L" : "M"}${f.t},${y(f.interval.served)}`);
    failed.push(`L${f.t},${y(failedIn(f))}`);
    appErrors.push(`${appErrors.length ? "L" : "M"}${f.t},${y(f.interval.appErrors)}`);
  }
  const last = result.frames.at(-1)?.t ?? 0;
  return {
    served: served.join(""),
    failed: `M1,100${failed.join("")}L${last},100Z`,
    appErrors: result.summary.appErrors > 0 ? appErrors.join("") : null,
  };
}

// The app's own 503s are drawn as a dashed line inside the failed area, so that they read apart from
// what never reached a listening app (an ingress's 502 or 503, a refused connection) and from resets.
const appErrorLine = { fill: "none", stroke: "currentColor", strokeWidth: 1.5, strokeDasharray: "4 3" } as const;

/** Successful and failed requests per second, drawn from the sampled frames, up to the playhead. */
export const Chart = memo(function Chart({ result, upTo, momentAt = null, playhead = false, top: sharedTop, className = "" }: Props) {
  const top = sharedTop ?? chartTop(result);
  const { served, failed, appErrors } = useMemo(() => paths(result, top), [result, top]);
  const duration = result.frames.at(-1)?.t ?? 0;
  const done = result.summary.rolloutDoneAt;
  // The frame at the playhead already carries the running totals.
  const soFar = (result.frames[Math.min(upTo, result.frames.length - 1)] ?? result.frames[0])?.cumulative;
  const servedSoFar = soFar?.served ?? 0;
  const failedSoFar = (soFar?.failed ?? 0) + (soFar?.reset ?? 0);
  const appErrorsSoFar = soFar?.appErrors ?? 0;
  const label = t("sim.chart.summary", { time: seconds(upTo), served: count(servedSoFar), failed: count(failedSoFar), appErrors: count(appErrorsSoFar) });
  const line = (x: number, name: string) => <line className={name} x1={x} x2={x} y1={0} y2={100} />;

  return (
    <div className={`sim-chart ${className}`}>
      <ul className="sim-legend">
        <li>
          <span className="sim-key sim-key-served" aria-hidden="true" />
          {t("sim.chart.served")}
        </li>
        <li>
          <span className="sim-key sim-key-failed" aria-hidden="true" />
          {t("sim.chart.failed")}
        </li>
        {appErrors !== null && (
          <li>
            <svg className="sim-key" viewBox="0 0 20 10" aria-hidden="true">
              <line x1={0} x2={20} y1={5} y2={5} {...appErrorLine} />
            </svg>
            {t("sim.chart.appErrors")}
          </li>
        )}
        {done !== null && (
          <li>
            <span className="sim-key sim-key-done" aria-hidden="true" />
            {t("sim.chart.done")}
          </li>
        )}
        {momentAt !== null && (
          <li>
            <span className="sim-key sim-key-moment" aria-hidden="true" />
            {t("sim.chart.moment")}
          </li>
        )}
      </ul>
      <div className="sim-plot">
        <span className="sim-axis sim-axis-top" aria-hidden="true">
          {t("sim.chart.axis", { rate: top })}
        </span>
        <svg viewBox={`0 0 ${Math.max(duration, 1)} 100`} preserveAspectRatio="none" role="img" aria-label={label}>
          <path className="sim-failed" d={failed} />
          {appErrors !== null && <path className="sim-app-errors" d={appErrors} {...appErrorLine} />}
          <path className="sim-served" d={served} />
          {/* Seconds not yet played are covered, not clipped: moving a rectangle only repaints. */}
          {upTo < duration && <rect className="sim-unplayed" x={upTo} y={-2} width={duration - upTo + 2} height={104} />}
          <line className="sim-grid" x1={0} x2={duration} y1={100} y2={100} />
          {/* The deciding moment is often the second kubectl reports done: its wide line goes under the dashed one. */}
          {momentAt !== null && upTo >= momentAt && line(momentAt, "sim-moment-line")}
          {done !== null && upTo >= done && line(done, "sim-done")}
          {playhead && line(upTo, "sim-playhead")}
        </svg>
        <span className="sim-axis sim-axis-start" aria-hidden="true">
          0 s
        </span>
        <span className="sim-axis sim-axis-end" aria-hidden="true">
          {seconds(duration)}
        </span>
      </div>
    </div>
  );
});
