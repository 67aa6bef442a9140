// The sandbox's workbench: the learner's manifest in an editor, the settings a manifest cannot say
// beside it, a run in a Web Worker, the verdict with its fix as a diff, and the lesson's player below.
// The page (SandboxView) loads it after hydration; the editor, the link and the draft take over then.
import { lazy, startTransition, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { useProgressHydrated } from "../progress/hydration";
import { keepSandboxDraft, maxSandboxDraftChars } from "../progress/sandbox";
import { store } from "../progress/store";
import { seconds } from "../rollout/text";
import type { Run } from "../rollout/usePlayback";
import { examples, exampleIds, type ExampleId } from "./examples";
import { fragmentOf, readFragment } from "./link";
import { readManifest, type ManifestProblem } from "./manifest";
import { defaultSettings, settingLimits, settingProblem, simConfigOf, simOptionsOf, type SandboxSettings, type SettingName } from "./run";
import { simulateInWorker, warmWorker } from "./runner";
import { SandboxPlayer } from "./SandboxPlayer";
import { seamText, t } from "./strings";
import type { Verdict } from "./verdict";
import "./sandbox.css";

const Editor = lazy(() => import("./Editor"));

type NumberSetting = Exclude<SettingName, "balancer">;
const numberSettings: readonly NumberSetting[] = ["appStartSeconds", "dependencyReadySeconds", "requestsPerSecond", "durationSeconds"];
type Drafts = Record<NumberSetting, string>;

const draftsOf = (s: SandboxSettings): Drafts => ({
  appStartSeconds: String(s.appStartSeconds),
  dependencyReadySeconds: String(s.dependencyReadySeconds),
  requestsPerSecond: String(s.requestsPerSecond),
  durationSeconds: String(s.durationSeconds),
});

type Outcome = { run: Run; verdict: Verdict; ms: number };

let serial = 0;

function ProblemList({ problems, id }: { problems: readonly ManifestProblem[]; id: string }) {
  return (
    <div className="sandbox-problems" id={id}>
      <p className="sandbox-problems-title">{t("sandbox.problems.heading")}</p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{t("sandbox.problem.at", { line: p.line, column: p.column, message: p.message })}</li>
        ))}
      </ul>
    </div>
  );
}

function VerdictView({ verdict, onApply, applying }: { verdict: Verdict; onApply: () => void; applying: boolean }) {
  const diffId = useId();
  return (
    <div className="sandbox-verdict-body">
      <p className={verdict.failed > 0 ? "sandbox-failed" : "sandbox-clean"} data-testid="verdict-summary">
        <strong>
          {verdict.failed > 0
            ? t("sandbox.verdict.failed", { failed: verdict.failed.toLocaleString("en"), total: verdict.totalRequests.toLocaleString("en"), from: seconds(verdict.from ?? 0), to: seconds(verdict.to ?? 0) })
            : t("sandbox.verdict.clean", { total: verdict.totalRequests.toLocaleString("en") })}
        </strong>{" "}
        {verdict.rolloutDoneAt !== null ? t("sandbox.verdict.rolloutDone", { time: seconds(verdict.rolloutDoneAt) }) : t("sandbox.verdict.rolloutStuck")}
      </p>
      {verdict.seam && (
        <p className="sandbox-seam" data-testid="verdict-seam">
          {t("sandbox.verdict.seam", { seam: seamText(verdict.seam) })}
        </p>
      )}
      {verdict.seam && !verdict.fix && (
        <p>
          {t("sandbox.verdict.noFix", {
            advice: t(verdict.seam === "l4-keep-alive" ? "advice.l4-keep-alive" : verdict.seam === "liveness-on-dependency" ? "advice.liveness-on-dependency" : "advice.unexplained"),
          })}
        </p>
      )}
      {verdict.fix && (
        <>
          <h3 className="sandbox-fix-title">{t("sandbox.verdict.fixHeading")}</h3>
          <pre className="sandbox-diff" aria-labelledby={diffId} tabIndex={0}>
            <span id={diffId} className="visually-hidden">
              {t("sandbox.diff.label")}
            </span>
            {verdict.fix.diff.map((line, i) => (
              <span key={i} className={`sandbox-diff-${line.kind}`}>
                {line.kind === "added" ? <span className="visually-hidden">{t("sandbox.diff.added")} </span> : line.kind === "removed" ? <span className="visually-hidden">{t("sandbox.diff.removed")} </span> : null}
                <span aria-hidden="true">{line.kind === "added" ? "+ " : line.kind === "removed" ? "- " : "  "}</span>
                {line.text}
                {"\n"}
              </span>
            ))}
          </pre>
          <button type="button" className="primary" onClick={onApply} disabled={applying}>
            {t("sandbox.verdict.applyFix")}
          </button>
        </>
      )}
    </div>
  );
}

export default function Workbench() {
  const ids = { editorLabel: useId(), hint: useId(), problems: useId() };
  const [manifest, setManifest] = useState<string>(examples.hook);
  const [settings, setSettings] = useState<SandboxSettings>(defaultSettings);
  const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(defaultSettings));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [running, setRunning] = useState<string | null>(null);
  const [status, setStatus] = useState("");
  const [runProblem, setRunProblem] = useState<string | null>(null);
  const [draftNote, setDraftNote] = useState<string | null>(null);
  const [editorReady, setEditorReady] = useState(false);
  const [announced, setAnnounced] = useState("");
  const started = useRef(false);
  const lastRead = useRef<{ text: string; reading: ReturnType<typeof readManifest> } | null>(null);
  const hydrated = useProgressHydrated();
  const reading = useMemo(() => readManifest(manifest), [manifest]);
  useEffect(() => {
    lastRead.current = { text: manifest, reading };
  }, [manifest, reading]);
  const problems = useMemo(() => (reading.ok ? [] : reading.problems), [reading]);

  const run = useCallback(async (text: string, chosen: SandboxSettings) => {
    // The manifest on screen is already read; a fix or a link brings a new one.
    const read = lastRead.current?.text === text ? lastRead.current.reading : readManifest(text);
    if (!read.ok) {
      const first = read.problems[0];
      setRunProblem(t("sandbox.fixFirst", { message: first ? t("sandbox.problem.at", { line: first.line, column: first.column, message: first.message }) : "" }));
      return;
    }
    setRunProblem(null);
    const config = simConfigOf(read.deployment, chosen);
    const options = simOptionsOf(read.deployment, chosen);
    setRunning(t("sandbox.running", { replicas: read.deployment.replicas, rps: chosen.requestsPerSecond.toLocaleString("en"), duration: seconds(chosen.durationSeconds) }));
    const answer = await simulateInWorker({ config, options, manifest: text, deployment: read.deployment, settings: chosen });
    if (answer === null) return;
    setRunning(null);
    if (!answer.ok) {
      setRunProblem(t("sandbox.runFailed", { message: answer.message }));
      return;
    }
    const next: Run = { choices: {}, config, result: answer.result, moment: answer.moment, label: "", serial: ++serial };
    // A transition: React renders the verdict and a big run's player in slices, never one long task.
    startTransition(() => setOutcome({ run: next, verdict: answer.verdict, ms: answer.ms }));
    setStatus(t("sandbox.ran", { ms: Math.round(answer.ms) }));
    history.replaceState(history.state, "", `${location.pathname}${location.search}${fragmentOf({ manifest: text, settings: chosen })}`);
  }, []);

  // After hydration: a link's manifest first, else the learner's draft, else the hook's example.
  useEffect(() => {
    if (!hydrated || started.current) return;
    started.current = true;
    const shared = readFragment(location.hash);
    const draft = store.getState().sandbox;
    if (shared && !("broken" in shared)) {
      setManifest(shared.manifest);
      setSettings(shared.settings);
      setDrafts(draftsOf(shared.settings));
      setStatus(t("sandbox.link.loaded"));
      void run(shared.manifest, shared.settings);
      return;
    }
    if (shared) setStatus(t("sandbox.link.broken"));
    if (draft) {
      setManifest(draft.manifest);
      setSettings({ ...defaultSettings, ...draft.settings });
      setDrafts(draftsOf({ ...defaultSettings, ...draft.settings }));
      if (!shared) setStatus(t("sandbox.draft.restored"));
    }
  }, [hydrated, run]);

  // The draft is kept as the learner types, a moment after they pause.
  useEffect(() => {
    if (!started.current) return;
    const timer = window.setTimeout(() => {
      const kept = keepSandboxDraft(manifest, settings);
      setDraftNote(kept === "too-long" ? t("sandbox.draft.tooLong", { max: maxSandboxDraftChars.toLocaleString("en") }) : null);
    }, 400);
    return () => window.clearTimeout(timer);
  }, [manifest, settings]);

  // Problems are announced once typing pauses, not at every key.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const first = problems[0];
      setAnnounced(first ? t("sandbox.problems.announce", { count: problems.length, line: first.line, message: first.message }) : "");
    }, 700);
    return () => window.clearTimeout(timer);
  }, [problems]);

  useEffect(() => {
    setEditorReady(true);
    // The worker starts with the page, so that a run does not wait for it to load.
    warmWorker();
  }, []);

  const settingErrors = numberSettings.map((name) => ({ name, problem: settingProblem(name, drafts[name]) })).filter((e) => e.problem !== null);

  const runNow = () => {
    if (settingErrors.length > 0) {
      const first = settingErrors[0];
      setRunProblem(first ? t("sandbox.setting.invalid", { name: t(`sandbox.setting.${first.name}`), problem: first.problem ?? "" }) : null);
      return;
    }
    const chosen: SandboxSettings = { ...settings };
    for (const name of numberSettings) chosen[name] = Number(drafts[name]);
    setSettings(chosen);
    void run(manifest, chosen);
  };

  const applyFix = () => {
    const fix = outcome?.verdict.fix;
    if (!fix) return;
    setManifest(fix.text);
    setStatus(t("sandbox.verdict.applied"));
    void run(fix.text, settings);
  };

  const loadExample = (id: ExampleId) => {
    setManifest(examples[id]);
    setOutcome(null);
    setStatus(t("sandbox.example.loaded", { name: t(`sandbox.example.${id}`) }));
  };

  const copyLink = async () => {
    const url = `${location.origin}${location.pathname}${fragmentOf({ manifest, settings })}`;
    history.replaceState(history.state, "", url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus(t("sandbox.link.copied"));
    } catch {
      setStatus(t("sandbox.link.copyFailed"));
    }
  };

  const described = `${ids.hint}${problems.length ? ` ${ids.problems}` : ""}`;

  return (
    <>
      <div className="sandbox-work">
        <section className="sandbox-editor-section" aria-labelledby={`${ids.editorLabel}-h`}>
          <h2 id={`${ids.editorLabel}-h`}>{t("sandbox.editor.heading")}</h2>
          <div className="sandbox-examples" role="group" aria-label={t("sandbox.examples")}>
            <span className="sandbox-examples-label" aria-hidden="true">
              {t("sandbox.examples")}:
            </span>
            {exampleIds.map((id) => (
              <button key={id} type="button" onClick={() => loadExample(id)}>
                {t(`sandbox.example.${id}`)}
              </button>
            ))}
          </div>
          <p className="sandbox-label" id={ids.editorLabel}>
            {t("sandbox.editor.label")}
          </p>
          <p className="sandbox-hint" id={ids.hint}>
            {t("sandbox.editor.hint")}
          </p>
          {editorReady ? (
            <Suspense
              fallback={
                <textarea className="sandbox-fallback" aria-labelledby={ids.editorLabel} aria-describedby={described} value={manifest} spellCheck={false} onChange={(e) => setManifest(e.target.value)} />
              }
            >
              <Editor
                value={manifest}
                onChange={setManifest}
                problems={problems}
                label={t("sandbox.editor.label")}
                description={[t("sandbox.editor.hint"), ...problems.slice(0, 3).map((p) => t("sandbox.problem.at", { line: p.line, column: p.column, message: p.message }))].join(" ")}
              />
            </Suspense>
          ) : (
            <textarea className="sandbox-fallback" aria-labelledby={ids.editorLabel} aria-describedby={described} value={manifest} spellCheck={false} readOnly />
          )}
          <p className="visually-hidden" aria-live="polite">
            {announced}
          </p>
          {problems.length > 0 && <ProblemList problems={problems} id={ids.problems} />}
          {reading.ok && reading.ignored.length > 0 && (
            <details className="sandbox-ignored">
              <summary>{t("sandbox.ignored.summary", { count: reading.ignored.length })}</summary>
              <ul>
                {reading.ignored.map((field, i) => (
                  <li key={i}>{t("sandbox.ignored.line", { line: field.line, path: field.path })}</li>
                ))}
              </ul>
            </details>
          )}
          {reading.ok && reading.defaults.length > 0 && (
            <details className="sandbox-ignored">
              <summary>{t("sandbox.defaults.summary", { count: reading.defaults.length })}</summary>
              <ul>
                {reading.defaults.map((line) => (
                  <li key={line}>
                    <code>{line}</code>
                  </li>
                ))}
              </ul>
            </details>
          )}
          {draftNote && (
            <p className="sandbox-note" role="status">
              {draftNote}
            </p>
          )}
        </section>
        <section className="sandbox-settings" aria-labelledby={`${ids.editorLabel}-s`}>
          <h2 id={`${ids.editorLabel}-s`}>{t("sandbox.settings.heading")}</h2>
          <p className="sandbox-hint">{t("sandbox.settings.intro")}</p>
          {numberSettings.map((name) => {
            const problem = settingProblem(name, drafts[name]);
            const limit = settingLimits[name];
            return (
              <label key={name} className="sandbox-setting">
                <span>{t(`sandbox.setting.${name}`)}</span>
                <input
                  type="number"
                  inputMode="numeric"
                  min={limit.min}
                  max={limit.max}
                  step={limit.step}
                  value={drafts[name]}
                  aria-invalid={problem !== null}
                  onChange={(e) => setDrafts((d) => ({ ...d, [name]: e.target.value }))}
                />
                {problem && <span className="sandbox-setting-problem">{problem}</span>}
              </label>
            );
          })}
          <fieldset className="sandbox-setting">
            <legend>{t("sandbox.setting.balancer")}</legend>
            {(["L7", "L4"] as const).map((b) => (
              <label key={b} className="sandbox-radio">
                <input type="radio" name="sandbox-balancer" value={b} checked={settings.balancer === b} onChange={() => setSettings((s) => ({ ...s, balancer: b }))} />
                {t(`sandbox.balancer.${b}`)}
              </label>
            ))}
          </fieldset>
          <button type="button" className="primary sandbox-run" onClick={runNow} disabled={running !== null}>
            {t("sandbox.run")}
          </button>
          <button type="button" onClick={() => void copyLink()}>
            {t("sandbox.link.copy")}
          </button>
        </section>
      </div>
      <p className="sandbox-status" role="status" data-testid="sandbox-status">
        {running ?? runProblem ?? status}
      </p>
      <section className="sandbox-verdict" aria-labelledby={`${ids.editorLabel}-v`} aria-live="polite" data-testid="verdict">
        <h2 id={`${ids.editorLabel}-v`}>{t("sandbox.verdict.heading")}</h2>
        {outcome ? <VerdictView verdict={outcome.verdict} onApply={applyFix} applying={running !== null} /> : <p>{t("sandbox.verdict.none")}</p>}
      </section>
      {outcome && (
        <section className="sandbox-run-section" aria-labelledby={`${ids.editorLabel}-p`}>
          <h2 id={`${ids.editorLabel}-p`}>{t("sandbox.player.heading")}</h2>
          <SandboxPlayer key={outcome.run.serial} run={outcome.run} />
        </section>
      )}
    </>
  );
}

