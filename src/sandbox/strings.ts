// The sandbox page's words, keyed and looked up like the app's dictionary (src/ui/strings.ts). They ship
// with the sandbox's chunk only.
import type { Seam } from "./verdict";

const strings = {
  "sandbox.title": "Try your own Deployment",
  "sandbox.intro":
    "Paste or edit a Kubernetes Deployment. It is rolled out under load in the same simulation as the lesson’s, and you are told which seam fails, when, and the smallest change that fixes it. Nothing leaves your browser.",
  "sandbox.editor.heading": "Your manifest",
  "sandbox.editor.label": "Deployment manifest (YAML)",
  "sandbox.editor.hint": "apps/v1 Deployment, optionally beside its Service, separated by ---. Errors are marked at their line.",
  "sandbox.editor.loading": "The editor with highlighting is loading; you can type here meanwhile.",
  "sandbox.examples": "Start from",
  "sandbox.example.hook": "The hook’s manifest (no readiness probe)",
  "sandbox.example.fixed": "The fixed one",
  "sandbox.example.loaded": "Loaded {name}. Run it to see the verdict.",
  "sandbox.problems.heading": "Kubernetes would not take this manifest",
  "sandbox.problems.yaml": "This is not valid YAML",
  "sandbox.problem.at": "Line {line}, column {column}: {message}",
  "sandbox.problems.announce": "{count} problem(s). First: line {line}: {message}",
  "sandbox.ignored.summary": "{count} field(s) the simulation does not model",
  "sandbox.ignored.line": "line {line}: {path}",
  "sandbox.defaults.summary": "{count} default(s) Kubernetes fills in",
  "sandbox.settings.heading": "What a manifest cannot say",
  "sandbox.settings.intro": "The lesson’s values to start with.",
  "sandbox.setting.appStartSeconds": "App start time (image pull and container start), seconds",
  "sandbox.setting.dependencyReadySeconds": "Until its dependencies are ready (database pool open), seconds after start",
  "sandbox.setting.requestsPerSecond": "Requests per second",
  "sandbox.setting.durationSeconds": "Simulated time, seconds",
  "sandbox.setting.balancer": "In front of the pods",
  "sandbox.balancer.L7": "L7: an ingress, per request",
  "sandbox.balancer.L4": "L4: kube-proxy or an NLB, per connection (keep-alive)",
  "sandbox.setting.invalid": "{name} {problem}",
  "sandbox.run": "Run the rollout",
  "sandbox.running": "Simulating {replicas} replicas at {rps} requests/s for {duration}…",
  "sandbox.ran": "Simulated in {ms} ms.",
  "sandbox.runFailed": "The simulation could not run: {message}",
  "sandbox.fixFirst": "Fix the manifest first: {message}",
  "sandbox.verdict.heading": "Verdict",
  "sandbox.verdict.none": "Run the rollout to get a verdict.",
  "sandbox.verdict.failed": "{failed} of {total} requests failed, from t = {from} to t = {to}.",
  "sandbox.verdict.clean": "0 failed: all {total} requests were answered.",
  "sandbox.verdict.rolloutDone": "The rollout finished at t = {time}.",
  "sandbox.verdict.rolloutStuck": "The rollout did not finish in the simulated time.",
  "sandbox.verdict.seam": "The seam: {seam}",
  "sandbox.verdict.noFix": "No edit of the manifest alone closes this one: {advice}",
  "sandbox.verdict.fixHeading": "The smallest fix",
  "sandbox.verdict.applyFix": "Apply fix and run again",
  "sandbox.verdict.applied": "Fix applied to the manifest; running again.",
  "sandbox.diff.label": "The fix as a diff of your manifest",
  "sandbox.diff.added": "added",
  "sandbox.diff.removed": "removed",
  "sandbox.link.copy": "Copy a link to this manifest",
  "sandbox.link.copied": "Link copied. It carries the manifest and settings in its fragment, which no server sees.",
  "sandbox.link.copyFailed": "Copying was refused; the address bar holds the link.",
  "sandbox.link.broken": "The link’s manifest could not be read; your last draft is shown instead.",
  "sandbox.link.loaded": "Opened the manifest from the link.",
  "sandbox.draft.restored": "Your last draft is back.",
  "sandbox.draft.tooLong": "This manifest is longer than saved progress keeps ({max} characters), so it is not saved as a draft. Copy it somewhere safe.",
  "sandbox.player.heading": "The rollout, second by second",
  "sandbox.pods.summary": "Pods by version and state",
  "sandbox.pods.version": "Version",
  "sandbox.pods.state": "State",
  "sandbox.pods.count": "Pods",
  "sandbox.pods.inEndpoints": "In rotation",
  "sandbox.toSandbox": "Try your own Deployment",
  "sandbox.toSandbox.note": "Paste a manifest and see where its rollout breaks.",
  "sandbox.backToLesson": "Back to the lesson",
  "seam.no-readiness-probe": "no readiness probe. Each new pod counts as ready the moment its process starts, before it can serve, so it gets traffic it fails and the rollout removes old pods that could serve.",
  "seam.surge-math": "surge math. maxSurge and maxUnavailable, as Kubernetes rounds them, let available pods drop below what the traffic needs.",
  "seam.no-prestop": "no preStop. The app stops accepting on SIGTERM while the balancer, which applies endpoint changes a moment later, still sends it requests.",
  "seam.liveness-on-dependency": "a liveness probe on a dependency. It fails while the database is not ready, so the kubelet restarts pods that are only waiting, and the rollout cannot finish.",
  "seam.l4-keep-alive": "an L4 balancer with keep-alive. It stops only new connections; clients keep sending requests on open ones to the terminating pod, which never sees SIGTERM (its shell does not pass it on) and is killed with requests in flight.",
  "seam.unexplained": "requests failed for a reason none of the five known seams explains; read the narration below for the moment it starts.",
  "advice.l4-keep-alive": "the app must drain its connections on SIGTERM: make sure it receives the signal and closes keep-alive connections, or put an L7 proxy in front.",
  "advice.liveness-on-dependency": "point the liveness probe at a check of the process alone, not its dependencies.",
  "advice.unexplained": "no single field is to blame here.",
} as const;

export type SandboxStringKey = keyof typeof strings;

export function t(key: SandboxStringKey, values: Record<string, string | number> = {}): string {
  return strings[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function seamText(seam: Seam): string {
  return t(`seam.${seam}`);
}
