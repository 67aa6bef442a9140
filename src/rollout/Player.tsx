// The rollout simulator's player, loaded when its slot comes near the screen: the pods, the rollout's
// own status line, a live chart, playback controls, the settings the scenario exposes at this altitude,
// predict-then-run, a comparison of two runs, and a text twin (narration and timeline table).
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import { useLesson } from "../lesson/LessonContext";
import { useShownRecord } from "../progress/hydration";
import { rolloutStatusText, scenarios, type Scenario, type ScenarioId, type SettingKey, type SimConfig } from "../sim";
import { absoluteUrl } from "../ui/urls";
import { Chart } from "./Chart";
import { Compare, Narration, Timeline } from "./Panels";
import { Pods } from "./Pods";
import { Settings, type Draft } from "./Settings";
import { Clock, Transport } from "./Transport";
import {
  applyChoices,
  changedKeys,
  configProblem,
  formatValue,
  linkName,
  linkQuery,
  parseSettingsList,
  parseValue,
  readLink,
  settingsAt,
  valuesOf,
  type Choices,
  type LinkProblem,
} from "./setup";
import { breakdown, failedIn, tellingOf } from "./story";
import { count, percent, seconds, sentence, t } from "./text";
import { durationOf, lengthened, runScenario, usePlayback, usePrefersReducedMotion, type Run } from "./usePlayback";
import "./rollout.css";

export type PlayerProps = {
  scenario: ScenarioId;
  /** A `single` exercise to answer before the run. */
  predict?: string;
  /** The tag's `settings`: what the run starts from, on top of the scenario. */
  settings?: string;
  /** The page's query string, when it names this simulator. */
  link: string | null;
  /** Take focus once loaded (the learner asked for it with the load button). */
  focus: boolean;
};

type Panel = "settings" | "compare" | "narration" | "table";
const panels: Panel[] = ["settings", "compare", "narration", "table"];

function setupOf(scenario: Scenario, settings: string | undefined): SimConfig {
  const { choices, problems } = parseSettingsList(settings ?? "");
  // The content test checks every tag's settings; this only says so loudly if one slips through.
  if (problems.length > 0) console.error(`<Simulator scenario="${scenario.id}" settings>: ${problems.join("; ")}`);
  return applyChoices(scenario.config, choices);
}

function draftOf(keys: readonly SettingKey[], choices: Choices): Draft {
  const draft: Draft = {};
  for (const key of keys) {
    const value = choices[key];
    if (value !== undefined) draft[key] = formatValue(key, value);
  }
  return draft;
}

function labelOf(keys: readonly SettingKey[], setup: Choices, choices: Choices): string {
  const changed = changedKeys(keys, setup, choices);
  if (changed.length === 0) return t("sim.compare.asSetUp");
  return changed.map((key) => `${t(`sim.setting.${key}`)} ${formatValue(key, choices[key] as NonNullable<Choices[SettingKey]>)}`).join(", ");
}

function noticeLine(problem: LinkProblem): string {
  switch (problem.kind) {
    case "unknown":
      return t("sim.link.unknown", { name: problem.name });
    case "invalid":
      return t("sim.link.invalid", { name: linkName[problem.key], raw: problem.raw, fallback: problem.fallback });
    case "hidden":
      return t("sim.link.hidden", { name: linkName[problem.key], tier: problem.tier });
    case "combination":
      return t("sim.link.combination", { problem: sentence(problem.problem), names: problem.keys.map((k) => linkName[k]).join(" and ") });
  }
}

/** Whether the learner has answered the predict question, as the question itself shows it (`useShownRecord`). */
function usePredictionMade(predict: string | undefined): boolean {
  const { questions } = useLesson();
  const fingerprint = predict ? questions.get(predict)?.fingerprint : undefined;
  const answer = useShownRecord((s) => (predict ? s.answers[predict] : undefined));
  return !!answer && answer.fingerprint === fingerprint && !answer.retrying;
}

type Said = { text: ReactNode; moment?: boolean };

export default function Player({ scenario: scenarioId, predict, settings, link, focus }: PlayerProps) {
  const scenario = scenarios[scenarioId];
  const { tier, hrefAt } = useLesson();
  const baseId = useId();
  const keys = useMemo(() => settingsAt(scenario, tier), [scenario, tier]);
  const setup = useMemo(() => setupOf(scenario, settings), [scenario, settings]);
  const setupChoices = useMemo(() => valuesOf(setup, keys), [setup, keys]);
  const [linked] = useState(() => (link ? readLink(link, scenario, tier, setup) : null));
  const [runs, setRuns] = useState<{ before: Run | null; current: Run }>(() => {
    const config = applyChoices(setup, linked?.choices ?? {});
    const choices = valuesOf(config, keys);
    return { before: null, current: runScenario(scenario, config, choices, labelOf(keys, setupChoices, choices)) };
  });
  const run = runs.current;
  const [draft, setDraft] = useState<Draft>(() => draftOf(keys, run.choices));
  const [problem, setProblem] = useState<string | null>(null);
  const [settingsStatus, setSettingsStatus] = useState("");
  const [copyStatus, setCopyStatus] = useState("");
  const [open, setOpen] = useState<Record<Panel, boolean>>({ settings: false, compare: false, narration: false, table: false });
  const [gate, setGate] = useState<"predict" | "hint" | null>(predict && !linked ? "predict" : null);
  const [momentShown, setMomentShown] = useState(false);
  const answered = usePredictionMade(predict);
  const reducedMotion = usePrefersReducedMotion();
  const playback = usePlayback(run, reducedMotion);
  const { time, frame, end, playing } = playback;
  const rollout = scenario.config.rolloutStartSeconds !== null;
  const firstControl = useRef<HTMLButtonElement | null>(null);
  const playButton = useRef<HTMLButtonElement | null>(null);

  const linkNotice = linked && linked.problems.length > 0 ? linked.problems.map(noticeLine) : null;
  const [said, setSaid] = useState<Said>(() =>
    linkNotice
      ? {
          text: (
            <>
              {t("sim.link.notice")}
              <ul>
                {linkNotice.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          ),
        }
      : { text: gate ? "" : t("sim.ready") },
  );

  useEffect(() => {
    if (focus) firstControl.current?.focus();
  }, [focus]);

  useEffect(() => {
    if (playback.spoken) setSaid({ text: playback.spoken });
  }, [playback.spoken]);

  // When a run plays to its end, say what decided it.
  const wasPlaying = useRef(false);
  useEffect(() => {
    if (wasPlaying.current && !playing && time >= end) {
      setSaid({ text: `${t("sim.finished", { time: seconds(end) })} ${run.moment.sentence}`, moment: true });
      setMomentShown(true);
    }
    wasPlaying.current = playing;
  }, [playing, time, end, run.moment.sentence]);

  const runIt = (skip: boolean) => {
    if (!answered && !skip) {
      setGate("hint");
      if (predict) document.getElementById(`exercise-${predict}`)?.focus();
      return;
    }
    setGate(null);
    // The prediction is tested by watching the run happen, so it plays from the start.
    setSaid({ text: t("sim.ready") });
    playback.restart();
    // The Run it button gives way to Play, in the same place: focus follows.
    requestAnimationFrame(() => playButton.current?.focus());
  };

  const rerun = () => {
    const choices: Choices = { ...run.choices };
    for (const key of keys) {
      const value = parseValue(key, draft[key] ?? "");
      if (value === null) {
        setProblem(t("sim.settings.fixFirst"));
        return;
      }
      (choices as Record<SettingKey, unknown>)[key] = value;
    }
    const config = applyChoices(setup, choices);
    const rejected = configProblem(config);
    setProblem(rejected && t("sim.settings.rejected", { problem: sentence(rejected) }));
    if (rejected) return;
    const values = valuesOf(config, keys);
    if (changedKeys(keys, run.choices, values).length === 0) {
      setSettingsStatus(t("sim.settings.same"));
      return;
    }
    setSettingsStatus("");
    const next = runScenario(scenario, config, values, labelOf(keys, setupChoices, values));
    // Both runs cover the same seconds, so that their numbers and charts compare like for like.
    const length = Math.max(durationOf(run), durationOf(next));
    setRuns({ before: lengthened(scenario, run, length), current: lengthened(scenario, next, length) });
    setDraft(draftOf(keys, values));
    setMomentShown(false);
    setSaid({ text: t("sim.rerunning", { label: next.label }) });
    setOpen((o) => ({ ...o, compare: true }));
    playback.play();
  };

  const copy = async () => {
    const url = `${absoluteUrl(hrefAt(tier))}?${linkQuery(scenario, run.choices)}#sim-${scenario.id}`;
    try {
      await navigator.clipboard.writeText(url);
      setCopyStatus(t("sim.link.copied", { url }));
    } catch {
      setCopyStatus(t("sim.link.copyFailed", { url }));
    }
  };

  const panelId = (panel: Panel) => `${baseId}-${panel}`;
  // While the run plays, the text twin catches up about once a second rather than with every picture:
  // it is for reading, and a growing table is the costliest thing on the page to redraw.
  const panelTime = playing ? Math.floor(time / playback.speed) * playback.speed : time;
  const momentAt = momentShown || time >= Math.ceil(run.moment.t) ? run.moment.t : null;
  const failedSoFar = frame.cumulative.failed + frame.cumulative.reset;
  const requestsSoFar = failedSoFar + frame.cumulative.served;
  const hasOutage = !!scenario.config.dbOutage;
  const telling = useMemo(() => tellingOf(run.config), [run.config]);

  return (
    <>
      <div className="sim-box sim-player" role="group" aria-label={t("sim.stage", { title: scenario.title })}>
        <div className="sim-top">
          <Clock time={time} end={end} seek={gate ? undefined : playback.seek} />
          {hasOutage && (
            <p className={`sim-db${frame.dbUp ? "" : " sim-db-down"}`}>
              {t("sim.pod.db")}: <strong>{t(frame.dbUp ? "sim.pod.dbUp" : "sim.pod.dbDown")}</strong>
            </p>
          )}
        </div>
        <div className="sim-status">
          <span className="sim-status-label">{t("sim.statusLabel")}</span>
          <code className={frame.status.kind === "done" && failedIn(frame) > 0 ? "sim-status-lying" : undefined}>{rolloutStatusText(frame.status)}</code>
        </div>
        <Pods frame={frame} rollout={rollout} balancer={telling.balancer} />
        <Chart result={run.result} upTo={time} momentAt={momentAt} playhead />
        <p className="sim-readout">
          {t("sim.readout", {
            served: count(frame.interval.served),
            failed: count(failedIn(frame)),
            total: count(failedSoFar),
            share: percent(requestsSoFar ? failedSoFar / requestsSoFar : 0),
            breakdown: breakdown(frame.cumulative, telling.balancer),
          })}
        </p>
        <div className={`sim-message${said.moment ? " sim-message-moment" : ""}`} role="status" tabIndex={0}>
          {gate ? (
            <p>{t(answered ? "sim.predictAnswered" : gate === "hint" ? "sim.predictHint" : "sim.predictFirst")}</p>
          ) : said.moment ? (
            <p>
              <strong>{t("sim.moment")}: </strong>
              {said.text}
            </p>
          ) : (
            <div>{said.text}</div>
          )}
        </div>
        {gate ? (
          <div className="sim-transport">
            <button type="button" className="primary" ref={firstControl} onClick={() => runIt(false)}>
              {t("sim.runIt")}
            </button>
            {gate === "hint" && !answered && (
              <button type="button" onClick={() => runIt(true)}>
                {t("sim.runAnyway")}
              </button>
            )}
          </div>
        ) : (
          <>
            <Transport
              playback={playback}
              playing={playing}
              playRef={(el) => {
                playButton.current = el;
                firstControl.current = el;
              }}
            />
            <div className="sim-toolbar">
              {panels.map((panel) => (
                <button
                  key={panel}
                  type="button"
                  aria-expanded={open[panel]}
                  aria-controls={open[panel] ? panelId(panel) : undefined}
                  onClick={() => setOpen((o) => ({ ...o, [panel]: !o[panel] }))}
                >
                  {t(`sim.panel.${panel}`)}
                </button>
              ))}
            </div>
          </>
        )}
      </div>
      {!gate && open.settings && (
        <Settings
          id={panelId("settings")}
          keys={keys}
          draft={draft}
          current={draftOf(keys, run.choices)}
          problem={problem}
          status={settingsStatus}
          copyStatus={copyStatus}
          onChange={(key, value) => {
            setProblem(null);
            setSettingsStatus("");
            setDraft((d) => ({ ...d, [key]: value }));
          }}
          onRun={rerun}
          onReset={() => setDraft(draftOf(keys, setupChoices))}
          onCopy={() => void copy()}
        />
      )}
      {!gate && open.compare && <Compare id={panelId("compare")} before={runs.before} after={run} rollout={rollout} />}
      {!gate && open.narration && <Narration id={panelId("narration")} result={run.result} telling={telling} time={panelTime} momentAt={momentAt} />}
      {!gate && open.table && <Timeline id={panelId("table")} result={run.result} time={panelTime} momentAt={momentAt} rollout={rollout} />}
    </>
  );
}
