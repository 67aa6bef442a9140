// The simulator's accessible twin and its comparison: the narration as a list, the timeline as a
// table, and two runs side by side. Each renders only while its panel is open.
import { memo } from "react";
import type { SimResult } from "../sim";
import { Chart, chartTop } from "./Chart";
import { eventLine, failedIn, readyCounts, statusShort, type Telling } from "./story";
import { count, percent, seconds, t } from "./text";
import type { Run } from "./usePlayback";

export const Narration = memo(function Narration({ id, result, telling, time, momentAt }: { id: string; result: SimResult; telling: Telling; time: number; momentAt: number | null }) {
  const events = result.events.filter((e) => e.t <= time);
  return (
    <section className="sim-panel" role="group" id={id} aria-label={t("sim.panel.narration")}>
      <p className="sim-panel-intro">{t("sim.narration.intro")}</p>
      {events.length === 0 ? (
        <p>{t("sim.narration.empty")}</p>
      ) : (
        <div className="sim-narration-scroll" tabIndex={0} role="group" aria-label={t("sim.narration.scroll")}>
          <ol className="sim-narration">
            {events.map((event, i) => (
              <li key={i} className={momentAt !== null && event.t === momentAt ? "sim-at-moment" : undefined}>
                <span className="sim-when">{seconds(event.t)}</span> {eventLine(event, telling)}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
});

const Row = memo(function Row({ result, second, rollout, moment }: { result: SimResult; second: number; rollout: boolean; moment: boolean }) {
  const frame = result.frames[second];
  if (!frame) return null;
  const { ready, pods, cantServe } = readyCounts(frame);
  return (
    <tr className={moment ? "sim-at-moment" : undefined}>
      <th scope="row">
        {seconds(frame.t)}
        {moment && <span className="sim-row-mark"> ◆ {t("sim.table.momentMark")}</span>}
      </th>
      <td>{cantServe > 0 ? t("sim.table.cantServe", { ready, pods, count: cantServe }) : t("sim.table.readyCount", { ready, pods })}</td>
      <td>{count(frame.interval.served)}</td>
      <td>{count(failedIn(frame))}</td>
      <td>{statusShort(frame.status, rollout)}</td>
    </tr>
  );
});

/** One row per second up to the playhead: what the chart and the pods show, as text. */
export const Timeline = memo(function Timeline({ id, result, time, momentAt, rollout }: { id: string; result: SimResult; time: number; momentAt: number | null; rollout: boolean }) {
  const momentRow = momentAt === null ? -1 : Math.ceil(momentAt);
  const rows: number[] = [];
  for (let s = 0; s <= time; s++) rows.push(s);
  return (
    <section className="sim-panel" role="group" id={id} aria-label={t("sim.panel.table")}>
      <div className="sim-table-scroll" tabIndex={0} role="group" aria-label={t("sim.table.scroll")}>
        <table className="sim-table sim-timeline">
          <caption>{t("sim.table.caption", { time: seconds(time) })}</caption>
          <colgroup>
            <col className="sim-col-time" />
            <col className="sim-col-ready" />
            <col className="sim-col-count" />
            <col className="sim-col-count" />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t("sim.table.time")}</th>
              <th scope="col">{t("sim.table.ready")}</th>
              <th scope="col">{t("sim.table.served")}</th>
              <th scope="col">{t("sim.table.failed")}</th>
              <th scope="col">{t("sim.table.status")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <Row key={s} result={result} second={s} rollout={rollout} moment={s === momentRow} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
});

function doneAt(result: SimResult, rollout: boolean): string {
  if (!rollout) return t("sim.compare.noRollout");
  const done = result.summary.rolloutDoneAt;
  return done === null ? t("sim.compare.doneNever") : seconds(done);
}

/** The run before the change and the run after it: key numbers in a table, and both charts on one scale. */
export function Compare({ id, before, after, rollout }: { id: string; before: Run | null; after: Run; rollout: boolean }) {
  if (!before) {
    return (
      <section className="sim-panel" role="group" id={id} aria-label={t("sim.panel.compare")}>
        <p>{t("sim.compare.empty")}</p>
      </section>
    );
  }
  const runs = [before, after];
  const top = chartTop(before.result, after.result);
  const failed = (r: Run) => r.result.summary.failed + r.result.summary.reset;
  const rows: [string, (r: Run) => string][] = [
    [t("sim.compare.failed"), (r) => count(failed(r))],
    [t("sim.compare.share"), (r) => percent(r.result.summary.failedShare)],
    [t("sim.compare.errorSeconds"), (r) => String(r.result.summary.errorSeconds)],
    [t("sim.compare.done"), (r) => doneAt(r.result, rollout)],
  ];
  const heads = [t("sim.compare.before", { label: before.label }), t("sim.compare.after", { label: after.label })];
  return (
    <section className="sim-panel" role="group" id={id} aria-label={t("sim.panel.compare")}>
      <p className="sim-verdict">{t("sim.compare.verdict", { before: count(failed(before)), after: count(failed(after)) })}</p>
      <table className="sim-table sim-compare-table">
        <caption>{t("sim.compare.title")}</caption>
        <thead>
          <tr>
            <td />
            {heads.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, value]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              {runs.map((r) => (
                <td key={r.serial}>{value(r)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="sim-compare-charts">
        {runs.map((r, i) => (
          <figure key={r.serial}>
            <figcaption>{heads[i]}</figcaption>
            <Chart result={r.result} upTo={r.result.frames.length - 1} momentAt={r.moment.t} top={top} className="sim-chart-small" />
          </figure>
        ))}
      </div>
    </section>
  );
}
