// Reads a learner's Deployment manifest (YAML text, possibly several documents with a Service) into
// the fields the rollout engine models, with the defaults Kubernetes applies (fact sheet §0–§3), and
// refuses what the API server would refuse, in its words. Pure: no DOM, no React.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node as YamlNode, type Pair, type YAMLMap } from "yaml";
import { resolveFenceposts, type Fenceposts } from "../sim/fenceposts";
import type { IntOrPercent, ProbeConfig, SigtermHandling } from "../sim/types";

export type Position = { line: number; column: number };

/** A problem at a place in the text: a YAML error, a refusal in Kubernetes' words, or a kind the sandbox cannot read. */
export type ManifestProblem = Position & { message: string };

/** A field the manifest sets that the simulation does not model. */
export type IgnoredField = Position & { path: string };

/** How PID 1 is started, which decides whether the app sees SIGTERM (fact 3.11). */
export type CommandForm = "image" | "exec" | "shell" | "shell-exec";

export interface ProbeReading extends ProbeConfig {
  /** What the probe asks, for the narration: `httpGet /ready`, `exec cat /tmp/ok`. */
  handler: string;
  timeoutSeconds: number;
  /** The field path of the probe in the document, for fixes. */
  path: (string | number)[];
}

/** The Deployment as the simulation reads it: every field resolved, defaults filled in. */
export interface DeploymentReading {
  name: string;
  containerName: string;
  /** Index of the document holding the Deployment. */
  documentIndex: number;
  /** Path of the container in that document, for fixes. */
  containerPath: (string | number)[];
  replicas: number;
  maxSurge: IntOrPercent;
  maxUnavailable: IntOrPercent;
  /** The two limits as the controller resolves them: surge rounded up, unavailable down. */
  fenceposts: Fenceposts;
  minReadySeconds: number;
  progressDeadlineSeconds: number;
  readinessProbe: ProbeReading | null;
  livenessProbe: ProbeReading | null;
  startupProbe: ProbeReading | null;
  terminationGracePeriodSeconds: number;
  preStopSleepSeconds: number;
  /** How the preStop hook sleeps, if it does. */
  preStop: "none" | "sleep" | "exec-sleep" | "other";
  commandForm: CommandForm;
  /** A shell form's script (`sh -c <script>`), which a fix can make `exec` the app. */
  shellScript: string | null;
  sigterm: SigtermHandling;
  /** The container's first port, for a probe the fix adds. */
  port: number | string | null;
  /** Whether a Service document selects this Deployment's pods. */
  service: { name: string; type: string } | null;
}

export type ManifestReading =
  | { ok: true; deployment: DeploymentReading; ignored: IgnoredField[]; defaults: string[] }
  | { ok: false; problems: ManifestProblem[] };

/** Fields the engine models, by their path under the Deployment; everything else set is listed as ignored. */
const modelledTop = new Set(["apiVersion", "kind", "metadata", "spec"]);
const modelledSpec = new Set(["replicas", "strategy", "minReadySeconds", "progressDeadlineSeconds", "selector", "template", "revisionHistoryLimit"]);
const modelledPodSpec = new Set(["containers", "terminationGracePeriodSeconds"]);
const modelledContainer = new Set(["name", "image", "command", "args", "ports", "readinessProbe", "livenessProbe", "startupProbe", "lifecycle"]);
const probeHandlers = ["httpGet", "tcpSocket", "exec", "grpc"] as const;
const probeFields = new Set([...probeHandlers, "initialDelaySeconds", "periodSeconds", "timeoutSeconds", "successThreshold", "failureThreshold", "terminationGracePeriodSeconds"]);

/** Words in a probe's path or command that say it reaches past the process to a dependency. */
const dependencyWords = /\b(db|database|postgres|postgresql|mysql|redis|mongo|deps|dependencies|dependency|upstream|backend)\b/i;
const shells = /^(\/usr)?(\/bin\/)?(sh|bash|ash|dash|zsh)$/;

export const DEFAULT_REPLICAS = 1;
export const DEFAULT_PROGRESS_DEADLINE_SECONDS = 600;
export const DEFAULT_GRACE_SECONDS = 30;
export const PROBE_DEFAULTS = { initialDelaySeconds: 0, periodSeconds: 10, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 } as const;
/** The engine's own limit on pods, far above any lesson scenario. */
export const MAX_REPLICAS = 1000;

class Reader {
  readonly problems: ManifestProblem[] = [];
  readonly ignored: IgnoredField[] = [];
  readonly defaults: string[] = [];
  constructor(
    private readonly lines: LineCounter,
    readonly doc: Document.Parsed,
  ) {}

  at(node: YamlNode | Pair | null | undefined): Position {
    const range = node ? (isPair(node) ? (node.key as YamlNode | null)?.range : node.range) : undefined;
    const offset = range?.[0] ?? 0;
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  refuse(node: YamlNode | Pair | null | undefined, message: string): void {
    this.problems.push({ ...this.at(node), message });
  }

  /** Kubernetes' field error: `spec.replicas: Invalid value: -1: must be greater than or equal to 0`. */
  invalid(node: YamlNode | null | undefined, field: string, value: unknown, detail: string): void {
    this.refuse(node, `${field}: Invalid value: ${typeof value === "string" ? JSON.stringify(value) : String(value)}: ${detail}`);
  }

  ignore(pair: Pair, path: string): void {
    this.ignored.push({ ...this.at(pair.key as YamlNode), path });
  }

  /** Lists every key of a map the engine does not read, under `prefix`. */
  ignoreOthers(map: YAMLMap, known: Set<string>, prefix: string): void {
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      if (!known.has(key)) this.ignore(pair, `${prefix}${key}`);
    }
  }
}

function child(map: YAMLMap | null, key: string): YamlNode | null {
  if (!map) return null;
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  return (pair?.value as YamlNode | null | undefined) ?? null;
}

function pairOf(map: YAMLMap | null, key: string): Pair | null {
  return map?.items.find((p) => isScalar(p.key) && p.key.value === key) ?? null;
}

function asMap(r: Reader, node: YamlNode | null, field: string): YAMLMap | null {
  if (node === null) return null;
  if (isMap(node)) return node;
  r.refuse(node, `${field}: must be a mapping`);
  return null;
}

/**
 * An integer field: absent → `fallback` (noted as a default), and, like Kubernetes' defaulting of
 * probe fields, 0 → `fallback` when `zeroDefaults`. Refuses a non-integer or a negative value.
 */
function int(r: Reader, node: YamlNode | null, field: string, fallback: number, zeroDefaults = false): number {
  if (node === null || (isScalar(node) && node.value === null)) {
    r.defaults.push(`${field}: ${fallback}`);
    return fallback;
  }
  const value = isScalar(node) ? node.value : undefined;
  if (typeof value !== "number" || !Number.isInteger(value)) {
    r.refuse(node, `${field}: Invalid value: ${isScalar(node) ? JSON.stringify(node.value) : "a collection"}: must be an integer`);
    return fallback;
  }
  if (value < 0) {
    r.invalid(node, field, value, "must be greater than or equal to 0");
    return fallback;
  }
  if (value === 0 && zeroDefaults) {
    r.defaults.push(`${field}: ${fallback}`);
    return fallback;
  }
  return value;
}

const PERCENT = /^[0-9]+%$/;

/** maxSurge / maxUnavailable: an integer or a percent string, as apps/v1 validation reads them. */
function intOrPercent(r: Reader, node: YamlNode | null, field: string, fallback: IntOrPercent): IntOrPercent | null {
  if (node === null) {
    r.defaults.push(`${field}: ${String(fallback)}`);
    return fallback;
  }
  const value = isScalar(node) ? node.value : undefined;
  if (typeof value === "number") {
    if (!Number.isInteger(value)) {
      r.invalid(node, field, value, "must be an integer or percentage (e.g '5%')");
      return null;
    }
    if (value < 0) {
      r.invalid(node, field, value, "must be greater than or equal to 0");
      return null;
    }
    return value;
  }
  if (typeof value === "string") {
    if (!PERCENT.test(value)) {
      r.invalid(node, field, value, "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')");
      return null;
    }
    return value as `${number}%`;
  }
  r.invalid(node, field, isScalar(node) ? node.value : "a collection", "must be an integer or percentage (e.g '5%')");
  return null;
}

function valueOf(node: YamlNode | null): number | null {
  if (node === null || !isScalar(node)) return null;
  if (typeof node.value === "number") return node.value;
  if (typeof node.value === "string" && PERCENT.test(node.value)) return Number(node.value.slice(0, -1));
  return null;
}

function strings(node: YamlNode | null): string[] | null {
  if (node === null || !isSeq(node)) return null;
  return node.items.map((item) => (isScalar(item) ? String(item.value) : ""));
}

function describeHandler(probe: YAMLMap): { handler: string; words: string } {
  const http = asMapQuiet(child(probe, "httpGet"));
  if (http) {
    const path = child(http, "path");
    const text = isScalar(path) ? String(path.value) : "/";
    return { handler: `httpGet ${text}`, words: text };
  }
  const exec = asMapQuiet(child(probe, "exec"));
  if (exec) {
    const command = strings(child(exec, "command")) ?? [];
    return { handler: `exec ${command.join(" ")}`, words: command.join(" ") };
  }
  const grpc = asMapQuiet(child(probe, "grpc"));
  if (grpc) {
    const service = child(grpc, "service");
    const name = isScalar(service) ? String(service.value) : "";
    return { handler: `grpc${name ? ` ${name}` : ""}`, words: name };
  }
  return { handler: "tcpSocket", words: "" };
}

function asMapQuiet(node: YamlNode | null): YAMLMap | null {
  return node !== null && isMap(node) ? node : null;
}

type ProbeKind = "readinessProbe" | "livenessProbe" | "startupProbe";

function readProbe(r: Reader, node: YamlNode | null, kind: ProbeKind, prefix: string, path: (string | number)[]): ProbeReading | null {
  const probe = asMap(r, node, `${prefix}.${kind}`);
  if (!probe) return null;
  const field = `${prefix}.${kind}`;
  const handlers = probeHandlers.filter((h) => child(probe, h) !== null);
  if (handlers.length === 0) r.refuse(probe, `${field}: Required value: must specify a handler type`);
  if (handlers.length > 1) r.refuse(probe, `${field}.${handlers[1]}: Forbidden: may not specify more than 1 handler type`);
  for (const pair of probe.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    if (!probeFields.has(key)) r.ignore(pair, `${field}.${key}`);
  }
  const initialDelaySeconds = int(r, child(probe, "initialDelaySeconds"), `${field}.initialDelaySeconds`, PROBE_DEFAULTS.initialDelaySeconds);
  const periodSeconds = int(r, child(probe, "periodSeconds"), `${field}.periodSeconds`, PROBE_DEFAULTS.periodSeconds, true);
  const timeoutSeconds = int(r, child(probe, "timeoutSeconds"), `${field}.timeoutSeconds`, PROBE_DEFAULTS.timeoutSeconds, true);
  const successNode = child(probe, "successThreshold");
  const successThreshold = int(r, successNode, `${field}.successThreshold`, PROBE_DEFAULTS.successThreshold, true);
  const failureThreshold = int(r, child(probe, "failureThreshold"), `${field}.failureThreshold`, PROBE_DEFAULTS.failureThreshold, true);
  // successThreshold must be 1 for liveness and startup probes (fact 1.2).
  if (kind !== "readinessProbe" && successThreshold !== 1) r.invalid(successNode, `${field}.successThreshold`, successThreshold, "must be 1");
  const graceNode = child(probe, "terminationGracePeriodSeconds");
  let terminationGracePeriodSeconds: number | null = null;
  if (graceNode !== null) {
    const value = valueOf(graceNode);
    // A probe-level grace period cannot be set on a readiness probe (fact 1.12).
    if (kind === "readinessProbe") r.invalid(graceNode, `${field}.terminationGracePeriodSeconds`, value ?? "", "must not be set for readinessProbes");
    else if (value === null || !Number.isInteger(value) || value <= 0) r.invalid(graceNode, `${field}.terminationGracePeriodSeconds`, value ?? "", "must be greater than 0");
    else terminationGracePeriodSeconds = value;
  }
  const { handler, words } = describeHandler(probe);
  return {
    // Readiness is read as "can this pod serve", which for this app means its database pool is open;
    // a liveness or startup probe is read as checking the process unless its path or command names a dependency.
    checksDependency: kind === "readinessProbe" ? !/\b(live|livez|alive|ping)\b/i.test(words) : dependencyWords.test(words),
    initialDelaySeconds,
    periodSeconds,
    failureThreshold,
    successThreshold,
    terminationGracePeriodSeconds,
    handler,
    timeoutSeconds,
    path: [...path, kind],
  };
}

function commandForm(command: string[] | null, args: string[] | null): CommandForm {
  const argv = command ?? (args !== null ? null : null);
  if (argv === null || argv.length === 0) return "image";
  const [first = "", second = "", script = ""] = argv;
  const shell = shells.test(first) && second === "-c";
  if (!shell) return "exec";
  const body = (script || (args?.[0] ?? "")).trim();
  return /^exec\s/.test(body) ? "shell-exec" : "shell";
}

const sleepCommand = /^(?:exec\s+)?sleep\s+(\d+)\s*$/;

function readPreStop(r: Reader, lifecycle: YAMLMap | null, prefix: string, grace: number): { seconds: number; kind: DeploymentReading["preStop"] } {
  if (!lifecycle) return { seconds: 0, kind: "none" };
  for (const pair of lifecycle.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : "";
    if (key !== "preStop") r.ignore(pair, `${prefix}.lifecycle.${key}`);
  }
  const preStop = asMap(r, child(lifecycle, "preStop"), `${prefix}.lifecycle.preStop`);
  if (!preStop) return { seconds: 0, kind: "none" };
  const sleep = asMapQuiet(child(preStop, "sleep"));
  if (sleep) {
    const node = child(sleep, "seconds");
    const field = `${prefix}.lifecycle.preStop.sleep.seconds`;
    const value = isScalar(node) ? node.value : null;
    if (node === null) {
      r.refuse(sleep, `${field}: Required value`);
      return { seconds: 0, kind: "sleep" };
    }
    // With PodLifecycleSleepActionAllowZero (GA in 1.34, fact 3.6) zero is allowed.
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > grace) {
      r.invalid(node, field, value, `must be non-negative and less than terminationGracePeriodSeconds (${grace})`);
      return { seconds: 0, kind: "sleep" };
    }
    return { seconds: value, kind: "sleep" };
  }
  const exec = asMapQuiet(child(preStop, "exec"));
  if (exec) {
    const argv = strings(child(exec, "command")) ?? [];
    const line = argv.length >= 3 && shells.test(argv[0] ?? "") && argv[1] === "-c" ? (argv[2] ?? "") : argv.join(" ");
    const match = sleepCommand.exec(line.trim());
    if (match?.[1] !== undefined) return { seconds: Number(match[1]), kind: "exec-sleep" };
  }
  r.ignore(pairOf(lifecycle, "preStop") as Pair, `${prefix}.lifecycle.preStop (only a sleep is simulated)`);
  return { seconds: 0, kind: "other" };
}

function keyName(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : "";
}

function readDeployment(r: Reader, root: YAMLMap, documentIndex: number, service: DeploymentReading["service"]): DeploymentReading | null {
  r.ignoreOthers(root, modelledTop, "");
  const metadata = asMapQuiet(child(root, "metadata"));
  const nameNode = child(metadata, "name");
  const name = isScalar(nameNode) ? String(nameNode.value) : "";
  if (metadata) r.ignoreOthers(metadata, new Set(["name", "labels"]), "metadata.");
  const spec = asMap(r, child(root, "spec"), "spec");
  if (!spec) {
    r.refuse(root, "spec: Required value");
    return null;
  }
  r.ignoreOthers(spec, modelledSpec, "spec.");

  const replicasNode = child(spec, "replicas");
  const replicas = int(r, replicasNode, "spec.replicas", DEFAULT_REPLICAS);
  if (replicasNode !== null && (replicas === 0 || replicas > MAX_REPLICAS) && valueOf(replicasNode) === replicas) {
    r.refuse(replicasNode, `spec.replicas: the sandbox simulates 1 to ${MAX_REPLICAS} replicas (got ${replicas})`);
  }

  const strategy = asMap(r, child(spec, "strategy"), "spec.strategy");
  const typeNode = child(strategy, "type");
  const type = isScalar(typeNode) ? String(typeNode.value) : "RollingUpdate";
  if (typeNode === null) r.defaults.push("spec.strategy.type: RollingUpdate");
  const rolling = asMap(r, child(strategy, "rollingUpdate"), "spec.strategy.rollingUpdate");
  if (type !== "RollingUpdate" && type !== "Recreate") {
    r.refuse(typeNode, `spec.strategy.type: Unsupported value: ${JSON.stringify(type)}: supported values: "Recreate", "RollingUpdate"`);
  } else if (type === "Recreate") {
    if (rolling) r.refuse(pairOf(strategy, "rollingUpdate"), "spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'");
    else r.refuse(typeNode, "spec.strategy.type: the sandbox simulates RollingUpdate only (got \"Recreate\")");
  }
  if (strategy) r.ignoreOthers(strategy, new Set(["type", "rollingUpdate"]), "spec.strategy.");
  if (rolling) r.ignoreOthers(rolling, new Set(["maxSurge", "maxUnavailable"]), "spec.strategy.rollingUpdate.");
  const surgeNode = child(rolling, "maxSurge");
  const unavailableNode = child(rolling, "maxUnavailable");
  const maxSurge = intOrPercent(r, surgeNode, "spec.strategy.rollingUpdate.maxSurge", "25%");
  const maxUnavailable = intOrPercent(r, unavailableNode, "spec.strategy.rollingUpdate.maxUnavailable", "25%");
  let fenceposts: Fenceposts = { maxSurge: 1, maxUnavailable: 0 };
  if (maxSurge !== null && maxUnavailable !== null) {
    const surgeValue = typeof maxSurge === "number" ? maxSurge : Number(maxSurge.slice(0, -1));
    const unavailableValue = typeof maxUnavailable === "number" ? maxUnavailable : Number(maxUnavailable.slice(0, -1));
    if (typeof maxUnavailable === "string" && unavailableValue > 100) {
      r.invalid(unavailableNode, "spec.strategy.rollingUpdate.maxUnavailable", maxUnavailable, "must not be greater than 100%");
    } else if (surgeValue === 0 && unavailableValue === 0) {
      // Fact 2.3: the API rejects both 0, and names maxUnavailable.
      r.invalid(unavailableNode ?? surgeNode, "spec.strategy.rollingUpdate.maxUnavailable", maxUnavailable, "may not be 0 when `maxSurge` is 0");
    } else {
      fenceposts = resolveFenceposts(replicas, maxSurge, maxUnavailable);
    }
  }

  const minReadySeconds = int(r, child(spec, "minReadySeconds"), "spec.minReadySeconds", 0);
  const deadlineNode = child(spec, "progressDeadlineSeconds");
  const progressDeadlineSeconds = int(r, deadlineNode, "spec.progressDeadlineSeconds", DEFAULT_PROGRESS_DEADLINE_SECONDS);
  if (progressDeadlineSeconds <= minReadySeconds) {
    r.invalid(deadlineNode, "spec.progressDeadlineSeconds", progressDeadlineSeconds, "must be greater than minReadySeconds");
  }
  const history = child(spec, "revisionHistoryLimit");
  if (history !== null) int(r, history, "spec.revisionHistoryLimit", 10);

  const template = asMap(r, child(spec, "template"), "spec.template");
  if (template) r.ignoreOthers(template, new Set(["metadata", "spec"]), "spec.template.");
  const podSpec = asMap(r, child(template, "spec"), "spec.template.spec");
  if (!podSpec) {
    r.refuse(template ?? spec, "spec.template.spec.containers: Required value");
    return null;
  }
  r.ignoreOthers(podSpec, modelledPodSpec, "spec.template.spec.");
  const containers = child(podSpec, "containers");
  if (containers === null || !isSeq(containers) || containers.items.length === 0) {
    r.refuse(containers ?? podSpec, "spec.template.spec.containers: Required value");
    return null;
  }
  const graceNode = child(podSpec, "terminationGracePeriodSeconds");
  const terminationGracePeriodSeconds = int(r, graceNode, "spec.template.spec.terminationGracePeriodSeconds", DEFAULT_GRACE_SECONDS);

  const container = containers.items[0] as YamlNode;
  if (containers.items.length > 1) {
    for (const other of containers.items.slice(1)) {
      const otherName = child(asMapQuiet(other as YamlNode), "name");
      r.ignored.push({ ...r.at(other as YamlNode), path: `spec.template.spec.containers[${isScalar(otherName) ? String(otherName.value) : "?"}] (only the first container is simulated)` });
    }
  }
  const c = asMap(r, container, "spec.template.spec.containers[0]");
  if (!c) return null;
  const prefix = "spec.template.spec.containers[0]";
  for (const pair of c.items) if (!modelledContainer.has(keyName(pair))) r.ignore(pair, `${prefix}.${keyName(pair)}`);
  const containerName = child(c, "name");
  const containerPath: (string | number)[] = ["spec", "template", "spec", "containers", 0];
  const readinessProbe = child(c, "readinessProbe") === null ? null : readProbe(r, child(c, "readinessProbe"), "readinessProbe", prefix, containerPath);
  const livenessProbe = child(c, "livenessProbe") === null ? null : readProbe(r, child(c, "livenessProbe"), "livenessProbe", prefix, containerPath);
  const startupProbe = child(c, "startupProbe") === null ? null : readProbe(r, child(c, "startupProbe"), "startupProbe", prefix, containerPath);
  // The engine has no startup probe: it is checked as Kubernetes would, and listed as not simulated.
  if (startupProbe) r.ignore(pairOf(c, "startupProbe") as Pair, `${prefix}.startupProbe (checked; the simulation has no startup probe)`);
  const preStop = readPreStop(r, asMap(r, child(c, "lifecycle"), `${prefix}.lifecycle`), prefix, terminationGracePeriodSeconds);
  const form = commandForm(strings(child(c, "command")), strings(child(c, "args")));
  const ports = child(c, "ports");
  const firstPort = isSeq(ports) ? asMapQuiet(ports.items[0] as YamlNode) : null;
  const portNode = child(firstPort, "containerPort");
  const portName = child(firstPort, "name");
  return {
    name,
    containerName: isScalar(containerName) ? String(containerName.value) : "",
    documentIndex,
    containerPath,
    replicas,
    maxSurge: maxSurge ?? "25%",
    maxUnavailable: maxUnavailable ?? "25%",
    fenceposts,
    minReadySeconds,
    progressDeadlineSeconds,
    readinessProbe,
    livenessProbe,
    startupProbe,
    terminationGracePeriodSeconds,
    preStopSleepSeconds: preStop.seconds,
    preStop: preStop.kind,
    commandForm: form,
    shellScript: form === "shell" || form === "shell-exec" ? (strings(child(c, "command"))?.[2] ?? null) : null,
    // A shell that does not exec the app is PID 1 and does not pass SIGTERM on (fact 3.11).
    sigterm: form === "shell" ? "ignored" : "graceful",
    port: isScalar(portName) ? String(portName.value) : isScalar(portNode) ? Number(portNode.value) : null,
    service,
  };
}

/** Reads a manifest: one Deployment (apps/v1), optionally with a Service, in one or more YAML documents. */
export function readManifest(text: string): ManifestReading {
  if (text.trim() === "") {
    return { ok: false, problems: [{ line: 1, column: 1, message: "The manifest is empty: paste a Deployment (apiVersion: apps/v1, kind: Deployment)." }] };
  }
  const lines = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const list = Array.isArray(docs) ? docs : [];
  const problems: ManifestProblem[] = [];
  const position = (offset: number): Position => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  for (const doc of list) {
    for (const error of doc.errors) problems.push({ ...position(error.pos[0]), message: error.message.split("\n")[0] ?? error.message });
  }
  if (problems.length > 0) return { ok: false, problems };

  let deployment: { doc: Document.Parsed; root: YAMLMap; index: number } | null = null;
  let service: DeploymentReading["service"] = null;
  const refusals: ManifestProblem[] = [];
  const extraIgnored: IgnoredField[] = [];
  list.forEach((doc, index) => {
    const root = doc.contents;
    if (root === null || (isScalar(root) && root.value === null)) return;
    const at = (node: YamlNode | null | undefined): Position => position(node?.range?.[0] ?? 0);
    if (!isMap(root)) {
      refusals.push({ ...at(root), message: `Document ${index + 1} is not a Kubernetes object: expected a mapping with apiVersion and kind.` });
      return;
    }
    const kindNode = child(root, "kind");
    const apiNode = child(root, "apiVersion");
    const kind = isScalar(kindNode) ? String(kindNode.value) : null;
    const api = isScalar(apiNode) ? String(apiNode.value) : null;
    if (kind === null) {
      refusals.push({ ...at(root), message: "kind: Required value: the manifest must say kind: Deployment" });
      return;
    }
    if (kind === "Service") {
      const meta = asMapQuiet(child(root, "metadata"));
      const nameNode = child(meta, "name");
      const typeNode = child(asMapQuiet(child(root, "spec")), "type");
      service = { name: isScalar(nameNode) ? String(nameNode.value) : "", type: isScalar(typeNode) ? String(typeNode.value) : "ClusterIP" };
      extraIgnored.push({ ...at(kindNode), path: `Service ${service.name} (traffic is set beside the editor: L4 or L7)` });
      return;
    }
    if (kind !== "Deployment") {
      refusals.push({
        ...at(kindNode),
        message: `kind: ${kind} is not a Deployment. The sandbox simulates a Deployment's rolling update (apps/v1), optionally beside its Service; a ${kind} has no rolling update to simulate here.`,
      });
      return;
    }
    if (api !== "apps/v1") {
      refusals.push({
        ...at(apiNode ?? kindNode),
        message: `apiVersion: ${api === null ? "Required value" : `${JSON.stringify(api)} is not served for Deployments`}: use apps/v1 (extensions/v1beta1 and apps/v1beta1/v1beta2 Deployments were removed in Kubernetes 1.16).`,
      });
      return;
    }
    if (deployment !== null) {
      refusals.push({ ...at(kindNode), message: "A second Deployment: the sandbox simulates one Deployment at a time." });
      return;
    }
    deployment = { doc, root, index };
  });
  if (refusals.length > 0) return { ok: false, problems: refusals };
  const found = deployment as { doc: Document.Parsed; root: YAMLMap; index: number } | null;
  if (found === null) return { ok: false, problems: [{ line: 1, column: 1, message: "No Deployment found: the manifest must contain one object with apiVersion: apps/v1 and kind: Deployment." }] };
  const reader = new Reader(lines, found.doc);
  const reading = readDeployment(reader, found.root, found.index, service);
  if (reader.problems.length > 0 || reading === null) {
    const sorted = [...reader.problems].sort((a, b) => a.line - b.line || a.column - b.column);
    return { ok: false, problems: sorted.length > 0 ? sorted : [{ line: 1, column: 1, message: "The Deployment could not be read." }] };
  }
  return { ok: true, deployment: reading, ignored: [...reader.ignored, ...extraIgnored], defaults: reader.defaults };
}
