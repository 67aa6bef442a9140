// The rollout model: Deployment controller, kubelet (start-up, probes, termination), the balancer's
// lagging view of endpoints, and client traffic, stepped in 100 ms ticks. Same config and seed, same result.
//
// Each tick runs in this order: database, rollout trigger, requests finishing, kubelet, balancer
// sync, controller, balancer sync, new requests, bookkeeping. The balancer syncs after the kubelet and
// again after the controller because the Deployment controller reacts to a pod turning Ready through
// further API round trips (scale the old ReplicaSet down, delete a pod), so its deletion reaches the
// balancer after the Ready that caused it. Requests are counted per tick, never as objects.

import { validateSimConfig, type CompleteSimConfig } from "./config";
import { resolveFenceposts } from "./fenceposts";
import { deriveSeed, mulberry32, type Random } from "./random";
import { rolloutStatusOf } from "./status";
import type {
  FailureCause,
  PodPhase,
  PodSnapshot,
  PodSummary,
  ProbeConfig,
  RequestCounts,
  Revision,
  RolloutStatus,
  SimConfig,
  SimEvent,
  SimFrame,
  SimOptions,
  SimResult,
  SimSummary,
} from "./types";

export const TICKS_PER_SECOND = 10;

const BACKOFF_FIRST_SECONDS = 10; // fact 1.9
const BACKOFF_CAP_SECONDS = 300;
const BACKOFF_RESET_AFTER_SECONDS = 600;
const KILL_MIN_GRACE_SECONDS = 2; // kubelet's floor, and the one-off extension for a late preStop (3.5)
// ingress-nginx's default proxy-next-upstream-tries: the first try and up to two more.
const INGRESS_TRIES = 3;
// From this many arrivals in a tick, an L7 balancer's round robin is counted per pod rather than
// per request (see arriveL7Bulk). Far above the lesson's scenarios (10 a tick), whose runs stay exact.
const BULK_ARRIVALS_PER_TICK = 64;
// An L4 client connection's fields: the pod it is pinned to (−1: none), that pod's incarnation when
// it connected, when the client retires it, and until when it is busy.
const CONN_FIELDS = 4;
const CONN_POD = 0;
const CONN_INCARNATION = 1;
const CONN_RETIRE = 2;
const CONN_BUSY = 3;
const ERROR_BURST_GAP_SECONDS = 2;
const NEVER = Number.MAX_SAFE_INTEGER;
const LONG_AGO = -1_000_000;

const STREAM_PODS = 1;
const STREAM_TRAFFIC = 2;

const ticks = (seconds: number): number => Math.round(seconds * TICKS_PER_SECOND);
const seconds = (tick: number): number => Math.round(tick * 1000 / TICKS_PER_SECOND) / 1000;

type Container = "waiting" | "running" | "backoff" | "exited";

/** Why a running container is being stopped: the pod was deleted, or its liveness probe failed. */
type Stopping = "none" | "deleted" | "liveness";

interface Pod {
  readonly index: number;
  readonly id: string;
  readonly revision: Revision;
  container: Container;
  startTick: number;
  runningSinceTick: number;
  restartAtTick: number;
  nextBackoffSeconds: number;
  restarts: number;
  /** Bumped on every container start, so connections to an earlier process are known dead. */
  incarnation: number;
  appReadyTicks: number;
  poolTicks: number;
  poolOpen: boolean;
  probeSaysReady: boolean;
  readinessSuccesses: number;
  readinessFailures: number;
  nextReadinessTick: number;
  livenessFailures: number;
  nextLivenessTick: number;
  ready: boolean;
  readySinceTick: number;
  deletionTick: number;
  stopping: Stopping;
  sigtermTick: number;
  killTick: number;
  sigtermSent: boolean;
  draining: boolean;
  drainEndTick: number;
  /** After a liveness kill: how long the restart back-off lasts, counted from the container's exit. */
  backoffTicks: number;
  /** The next tick the kubelet needs to look at this pod. */
  wakeTick: number;
  goneTick: number;
  endpointWanted: boolean;
  inBalancer: boolean;

  resetNarrated: boolean;
}

interface ProbeTicks {
  checksDependency: boolean;
  initialDelay: number;
  period: number;
  failureThreshold: number;
  successThreshold: number;
}

function probeTicks(probe: ProbeConfig | null): ProbeTicks | null {
  if (probe === null) return null;
  return {
    checksDependency: probe.checksDependency,
    initialDelay: ticks(probe.initialDelaySeconds),
    period: Math.max(1, ticks(probe.periodSeconds)),
    failureThreshold: probe.failureThreshold,
    successThreshold: probe.successThreshold,
  };
}

const zeroCounts = (): RequestCounts => ({ served: 0, failed: 0, appErrors: 0, reset: 0 });

class RolloutRun {
  private readonly config: CompleteSimConfig;
  private readonly endTick: number;
  private readonly sampleTicks: number;
  private readonly summarisePods: boolean;
  private readonly podRandom: Random;
  private readonly trafficRandom: Random;

  private readonly replicas: number;
  private readonly maxSurge: number;
  private readonly maxUnavailable: number;
  private readonly minReadyTicks: number;
  private readonly deadlineTicks: number;
  private readonly readiness: ProbeTicks | null;
  private readonly liveness: ProbeTicks | null;
  private readonly preStopTicks: number;
  private readonly graceTicks: number;
  private readonly livenessGraceTicks: number;
  private readonly propagationTicks: number;
  private readonly requestTicks: number;
  private readonly ringSize: number;
  private readonly rolloutTick: number | null;
  private readonly dbDownFrom: number;
  private readonly dbDownTo: number;

  private readonly pods: Pod[] = [];
  // Per pod, by its index, in flat arrays that the request loops can read without touching the pod:
  // whether it accepts connections (running, not draining), whether its pool is open, its
  // incarnation; and its requests in flight, bucketed by the tick they finish in (a ring of
  // requestTicks + 1 per pod) with the tick each bucket was last filled for, and its last admission.
  private podAccepting = new Uint8Array(0);
  private podPoolOpen = new Uint8Array(0);
  private podIncarnation = new Int32Array(0);
  private inflight = new Int32Array(0);
  private inflightFinish = new Float64Array(0);
  private lastAdmit = new Float64Array(0);
  /** Requests finishing at each tick of the ring, over all pods, and the tick each bucket is for. */
  private readonly finishing: Float64Array;
  private readonly finishingTick: Float64Array;
  /** Pods not yet gone, in creation order: what the kubelet and the request ring visit each tick. */
  private live: Pod[] = [];
  private liveDirty = true;
  // Bumped whenever a pod is created or deleted, goes, or changes its Ready condition: the only
  // changes that move the balancer's wanted list, the controller's counts and the bookkeeping's.
  private version = 0;
  private syncedVersion = -1;
  private syncPending = false;
  private controllerVersion = -1;
  private countedVersion = -1;
  /** The next tick at which a Ready pod becomes available by minReadySeconds alone. */
  private nextAvailableTick = NEVER;
  private readonly counts = { updated: 0, total: 0, withTerminating: 0, available: 0, newAvailable: 0 };
  private podsPerRevision = { old: 0, new: 0 };
  private oldSpec: number;
  private newSpec = 0;
  private rolloutActive = false;
  private lastProgressTick = 0;
  private lastNewAvailable = 0;
  private deadlineNarrated = false;
  private doneTick: number | null = null;
  private dbUp = true;

  private balancerList: number[] = [];
  /** The same list, as pods. */
  private balancerPods: Pod[] = [];
  private balancerDirty = true;
  private lastSyncTick = LONG_AGO;
  private roundRobin = 0;
  // Four numbers per connection, side by side so that one lookup touches one cache line.
  private readonly conn: Float64Array;
  private readonly connections: number;

  private tickServed = 0;
  private tickFailed = 0;
  private tickAppErrors = 0;
  private tickReset = 0;
  private tickCause: FailureCause | null = null;
  private readonly burst = { failed: 0, appErrors: 0, reset: 0 };
  private arrived = 0;
  private readonly interval = zeroCounts();
  private readonly cumulative = zeroCounts();
  private readonly endedPerSecond: Float64Array;
  private readonly errorsPerSecond: Float64Array;
  private firstErrorTick: number | null = null;
  private lastErrorTick: number | null = null;
  private inErrorBurst = false;

  private maxPods = 0;
  private maxPodsWithTerminating = 0;
  private minAvailable = Infinity;
  private restarts = 0;
  private status: RolloutStatus = { kind: "not-started" };
  private availableNow = 0;
  private podCountNow = 0;

  private readonly events: SimEvent[] = [];
  private readonly frames: SimFrame[] = [];
  private lastSampleTick = -1;
  private overtime = false;

  constructor(config: CompleteSimConfig, durationSeconds: number, sampleEverySeconds: number, summarisePods: boolean) {
    this.summarisePods = summarisePods;
    this.config = config;
    this.endTick = ticks(durationSeconds);
    this.sampleTicks = Math.max(1, ticks(sampleEverySeconds));
    this.podRandom = mulberry32(deriveSeed(config.seed, STREAM_PODS));
    this.trafficRandom = mulberry32(deriveSeed(config.seed, STREAM_TRAFFIC));

    this.replicas = config.replicas;
    const fenceposts = resolveFenceposts(config.replicas, config.strategy.maxSurge, config.strategy.maxUnavailable);
    this.maxSurge = fenceposts.maxSurge;
    this.maxUnavailable = Math.min(fenceposts.maxUnavailable, config.replicas);
    this.minReadyTicks = ticks(config.minReadySeconds);
    this.deadlineTicks = ticks(config.progressDeadlineSeconds);
    this.readiness = probeTicks(config.readinessProbe);
    this.liveness = probeTicks(config.livenessProbe);
    this.preStopTicks = ticks(config.termination.preStopSleepSeconds);
    this.graceTicks = ticks(config.termination.terminationGracePeriodSeconds);
    // A liveness kill honours the probe-level grace period when one is set (fact 1.12).
    const probeGrace = config.livenessProbe?.terminationGracePeriodSeconds ?? null;
    this.livenessGraceTicks = probeGrace === null ? this.graceTicks : ticks(probeGrace);
    this.propagationTicks = ticks(config.network.endpointPropagationSeconds);
    this.requestTicks = Math.max(1, ticks(config.traffic.requestSeconds));
    this.ringSize = this.requestTicks + 1;
    this.finishing = new Float64Array(this.ringSize);
    this.finishingTick = new Float64Array(this.ringSize).fill(-1);
    this.rolloutTick = config.rolloutStartSeconds === null ? null : ticks(config.rolloutStartSeconds);
    this.dbDownFrom = config.dbOutage === null ? NEVER : ticks(config.dbOutage.fromSeconds);
    this.dbDownTo = config.dbOutage === null ? NEVER : ticks(config.dbOutage.toSeconds);
    this.oldSpec = config.replicas;

    const secondsCovered = Math.ceil(this.endTick / TICKS_PER_SECOND);
    this.endedPerSecond = new Float64Array(secondsCovered);
    this.errorsPerSecond = new Float64Array(secondsCovered);

    const connections = config.network.balancer === "L4" ? config.network.clientConnections : 0;
    this.connections = connections;
    this.conn = new Float64Array(connections * CONN_FIELDS);
    for (let c = 0; c < connections; c++) this.conn[c * CONN_FIELDS + CONN_POD] = -1;
  }

  run(): SimResult {
    for (let i = 0; i < this.replicas; i++) this.pods.push(this.steadyOldPod());
    this.refreshBalancerList();
    this.openInitialConnections();

    for (let t = 0; t < this.endTick; t++) {
      this.step(t, true);
      if (t % this.sampleTicks === 0) this.sample(t);
    }
    // Let requests already in flight end (served or reset) so every arrival is counted once; this
    // overtime is folded into the last frame and narrates nothing.
    this.overtime = true;
    for (let t = this.endTick; t <= this.endTick + this.requestTicks; t++) this.step(t, false);
    this.sample(this.endTick);

    this.events.sort((a, b) => a.t - b.t);
    return { frames: this.frames, events: this.events, summary: this.summary() };
  }

  private step(t: number, acceptArrivals: boolean): void {
    this.updateDatabase(t);
    if (this.rolloutTick === t) {
      this.rolloutActive = true;
      this.lastProgressTick = t;
      this.narrate({ t: seconds(t), kind: "rollout-started" });
    }
    this.finishRequests(t);
    for (const pod of this.livePods()) if (t >= pod.wakeTick) this.kubelet(pod, t);
    this.syncBalancer(t);
    if (this.rolloutActive && (this.controllerVersion !== this.version || t >= this.nextAvailableTick)) {
      // Nothing the controller reads has changed since its last pass found nothing to do.
      this.syncDeployment(t);
      this.controllerVersion = this.version;
      this.syncBalancer(t);
    }
    if (acceptArrivals) this.arrive(t);
    this.bookkeeping(t);
  }

  // ---- pods -------------------------------------------------------------------------------

  private livePods(): Pod[] {
    if (this.liveDirty) {
      this.liveDirty = false;
      this.live = this.pods.filter((p) => p.goneTick < 0);
    }
    return this.live;
  }

  private jittered(baseTicks: number): number {
    const jitter = ticks(this.config.pod.startJitterSeconds);
    if (jitter === 0) return baseTicks;
    return Math.max(0, baseTicks + Math.round((this.podRandom() * 2 - 1) * jitter));
  }

  /** Makes room in the per-pod arrays for pod `index`. */
  private reserve(index: number): void {
    const size = this.podAccepting.length;
    if (index < size) return;
    const next = Math.max(8, size * 2, index + 1);
    const grow = <T extends Uint8Array | Int32Array | Float64Array>(old: T, make: (n: number) => T, per = 1, fill?: number): T => {
      const fresh = make(next * per);
      if (fill !== undefined) fresh.fill(fill);
      fresh.set(old);
      return fresh;
    };
    this.podAccepting = grow(this.podAccepting, (n) => new Uint8Array(n));
    this.podPoolOpen = grow(this.podPoolOpen, (n) => new Uint8Array(n));
    this.podIncarnation = grow(this.podIncarnation, (n) => new Int32Array(n));
    this.inflight = grow(this.inflight, (n) => new Int32Array(n), this.ringSize);
    this.inflightFinish = grow(this.inflightFinish, (n) => new Float64Array(n), this.ringSize, -1);
    this.lastAdmit = grow(this.lastAdmit, (n) => new Float64Array(n), 1, LONG_AGO);
  }

  /** Copies what the request loops read about a pod into the flat arrays. */
  private flags(pod: Pod): void {
    const i = pod.index;
    this.podAccepting[i] = pod.container === "running" && !pod.draining ? 1 : 0;
    this.podPoolOpen[i] = pod.poolOpen ? 1 : 0;
    this.podIncarnation[i] = pod.incarnation;
  }

  private newPod(revision: Revision, createdTick: number): Pod {
    this.podsPerRevision[revision] += 1;
    this.reserve(this.pods.length);
    this.version++;
    this.liveDirty = true;
    return {
      index: this.pods.length,
      id: `${revision}-${this.podsPerRevision[revision]}`,
      revision,
      container: "waiting",
      startTick: createdTick + this.jittered(ticks(this.config.pod.processStartSeconds)),
      runningSinceTick: LONG_AGO,
      restartAtTick: NEVER,
      nextBackoffSeconds: BACKOFF_FIRST_SECONDS,
      restarts: 0,
      incarnation: 0,
      appReadyTicks: 0,
      poolTicks: 0,
      poolOpen: false,
      probeSaysReady: false,
      readinessSuccesses: 0,
      readinessFailures: 0,
      nextReadinessTick: NEVER,
      livenessFailures: 0,
      nextLivenessTick: NEVER,
      ready: false,
      readySinceTick: LONG_AGO,
      deletionTick: -1,
      stopping: "none",
      sigtermTick: NEVER,
      killTick: NEVER,
      sigtermSent: false,
      draining: false,
      drainEndTick: NEVER,
      backoffTicks: 0,
      wakeTick: 0,
      goneTick: -1,
      endpointWanted: false,
      inBalancer: false,

      resetNarrated: false,
    };
  }

  /** An old pod that has been up for a long time: running, pool open, Ready, in the balancer. */
  private steadyOldPod(): Pod {
    const pod = this.newPod("old", LONG_AGO);
    pod.container = "running";
    pod.runningSinceTick = LONG_AGO;
    pod.incarnation = 1;
    pod.poolOpen = true;
    pod.probeSaysReady = true;
    pod.ready = true;
    pod.readySinceTick = LONG_AGO;
    this.flags(pod);
    pod.endpointWanted = true;
    pod.inBalancer = true;
    // Probe workers of long-running pods tick at arbitrary phases.
    if (this.readiness !== null) pod.nextReadinessTick = Math.floor(this.podRandom() * this.readiness.period);
    if (this.liveness !== null) pod.nextLivenessTick = Math.floor(this.podRandom() * this.liveness.period);
    return pod;
  }

  private serving(pod: Pod): boolean {
    return pod.container === "running" && !pod.draining && pod.poolOpen && this.dbUp;
  }

  private accepting(pod: Pod): boolean {
    return this.podAccepting[pod.index] === 1;
  }

  /**
   * The kubelet's pass over one pod, skipped until the next tick at which something can change for
   * it: a probe, a start, the end of a back-off, or every tick while its pool opens or it stops.
   * The controller wakes a pod it deletes.
   */
  private kubelet(pod: Pod, t: number): void {
    if (t < pod.wakeTick) return;
    this.kubeletPass(pod, t);
    pod.wakeTick = this.nextWake(pod, t);
  }

  private nextWake(pod: Pod, t: number): number {
    if (pod.goneTick >= 0) return NEVER;
    switch (pod.container) {
      case "backoff":
        return pod.restartAtTick;
      case "waiting":
        return pod.startTick;
      case "running":
        if (!pod.poolOpen || pod.stopping !== "none") return t + 1;
        return Math.min(pod.nextReadinessTick, pod.nextLivenessTick);
      case "exited":
        return t + 1;
    }
  }

  private kubeletPass(pod: Pod, t: number): void {
    if (pod.goneTick >= 0) return;
    if (pod.deletionTick >= 0 && pod.container !== "running") {
      // Deleted before its process ran (or while in back-off): nothing to stop.
      pod.container = "exited";
      this.flags(pod);
      pod.goneTick = t;
      this.version++;
      this.liveDirty = true;
      this.updateReady(pod, t);
      return;
    }
    if (pod.container === "backoff" && t >= pod.restartAtTick) {
      pod.container = "waiting";
      this.flags(pod);
      pod.startTick = t + this.jittered(ticks(this.config.pod.processStartSeconds));
    }
    if (pod.container === "waiting" && t >= pod.startTick) this.startContainer(pod, t);
    if (pod.container === "running") {
      this.openPool(pod, t);
      // A container being stopped gets no more liveness probes: on deletion (fact 1.10), and after
      // a liveness failure until it has restarted. Readiness keeps being probed.
      if (pod.stopping !== "none") this.terminate(pod, t);
      else this.probeLiveness(pod, t);
      if (pod.container === "running") this.probeReadiness(pod, t);
    }
    this.updateReady(pod, t);
  }

  private startContainer(pod: Pod, t: number): void {
    pod.container = "running";
    pod.runningSinceTick = t;
    pod.incarnation += 1;
    pod.poolOpen = false;
    this.flags(pod);
    pod.poolTicks = 0;
    pod.appReadyTicks = this.jittered(ticks(this.config.pod.appReadySeconds));
    // Readiness starts as Failure and liveness as Success (fact 1.4); the first readiness probe
    // runs right at start, subject to initialDelaySeconds (fact 1.11).
    pod.probeSaysReady = false;
    pod.readinessSuccesses = 0;
    pod.readinessFailures = 0;
    pod.livenessFailures = 0;
    pod.nextReadinessTick = this.readiness === null ? NEVER : t + this.readiness.initialDelay;
    pod.nextLivenessTick = this.liveness === null ? NEVER : t + this.liveness.initialDelay;
    this.narrate({ t: seconds(t), kind: "process-started", pod: pod.id });
  }

  /** The pool only makes progress while the database answers. */
  private openPool(pod: Pod, t: number): void {
    if (pod.poolOpen || !this.dbUp) return;
    if (pod.poolTicks >= pod.appReadyTicks) {
      pod.poolOpen = true;
      this.flags(pod);
      this.narrate({ t: seconds(t), kind: "app-ready", pod: pod.id });
    } else {
      pod.poolTicks += 1;
    }
  }

  private probeLiveness(pod: Pod, t: number): void {
    const probe = this.liveness;
    if (probe === null || t < pod.nextLivenessTick) return;
    pod.nextLivenessTick += probe.period;
    const ok = probe.checksDependency ? pod.poolOpen && this.dbUp : true;
    if (ok) {
      pod.livenessFailures = 0;
      return;
    }
    pod.livenessFailures += 1;
    if (pod.livenessFailures < probe.failureThreshold) return;
    // The kubelet kills the container the way it stops any: preStop, SIGTERM, then SIGKILL when the
    // grace period ends (facts 1.7, 3.4). The restart back-off counts from the container's exit.
    if (t - pod.runningSinceTick >= ticks(BACKOFF_RESET_AFTER_SECONDS)) pod.nextBackoffSeconds = BACKOFF_FIRST_SECONDS;
    const backoff = pod.nextBackoffSeconds;
    pod.nextBackoffSeconds = Math.min(backoff * 2, BACKOFF_CAP_SECONDS);
    pod.restarts += 1;
    this.restarts += 1;
    pod.backoffTicks = ticks(backoff);
    this.beginStop(pod, t, "liveness", this.livenessGraceTicks);
    this.narrate({ t: seconds(t), kind: "liveness-restart", pod: pod.id, restarts: pod.restarts, backoffSeconds: backoff });
  }

  private probeReadiness(pod: Pod, t: number): void {
    const probe = this.readiness;
    if (probe === null || t < pod.nextReadinessTick) return;
    pod.nextReadinessTick += probe.period;
    const ok = probe.checksDependency ? this.serving(pod) : this.accepting(pod);
    // The stored result flips only after a run of threshold results (fact 1.6).
    if (ok) {
      pod.readinessFailures = 0;
      pod.readinessSuccesses += 1;
      if (!pod.probeSaysReady && pod.readinessSuccesses >= probe.successThreshold) pod.probeSaysReady = true;
    } else {
      pod.readinessSuccesses = 0;
      pod.readinessFailures += 1;
      if (pod.probeSaysReady && pod.readinessFailures >= probe.failureThreshold) pod.probeSaysReady = false;
    }
  }

  private updateReady(pod: Pod, t: number): void {
    // No readiness probe: Ready as soon as the container runs (fact 1.5).
    const ready = pod.container === "running" && (this.readiness === null || pod.probeSaysReady);
    if (ready === pod.ready) return;
    pod.ready = ready;
    pod.readySinceTick = ready ? t : LONG_AGO;
    this.version++;
    if (pod.deletionTick >= 0) return;
    const kind = !ready ? "marked-not-ready" : this.serving(pod) ? "marked-ready" : "marked-ready-but-not-serving";
    this.narrate({ t: seconds(t), kind, pod: pod.id });
  }

  /**
   * Starts stopping a running container. The grace countdown starts before preStop (fact 3.3);
   * SIGTERM follows preStop; a preStop still running at the deadline gets 2 s more (3.5); the
   * kubelet never gives SIGTERM less than 2 s.
   */
  private beginStop(pod: Pod, t: number, why: "deleted" | "liveness", graceTicks: number): void {
    pod.stopping = why;
    pod.sigtermSent = false;
    pod.sigtermTick = t + Math.min(this.preStopTicks, graceTicks);
    pod.killTick = Math.max(t + graceTicks, pod.sigtermTick + ticks(KILL_MIN_GRACE_SECONDS));
  }

  private terminate(pod: Pod, t: number): void {
    if (!pod.sigtermSent && t >= pod.sigtermTick) {
      pod.sigtermSent = true;
      this.narrate({ t: seconds(t), kind: "sigterm-sent", pod: pod.id });
      const handling = this.config.termination.sigterm;
      if (handling === "immediate-exit") {
        this.processEnded(pod, t, "process-exited");
        return;
      }
      if (handling === "graceful") {
        // From here the app refuses new connections and closes every keep-alive connection, idle
        // ones at once and busy ones after their response, so no new request reaches it.
        pod.draining = true;
        this.flags(pod);
        pod.drainEndTick = t + this.requestTicks;
      }
    }
    if (pod.draining && (this.inflightOf(pod, t) === 0 || t >= pod.drainEndTick)) {
      this.processEnded(pod, t, "process-exited");
    } else if (t >= pod.killTick) {
      this.processEnded(pod, t, "sigkilled");
    }
  }

  /** The process of a stopping container has ended: the pod is gone, or it waits out its back-off. */
  private processEnded(pod: Pod, t: number, kind: "process-exited" | "sigkilled"): void {
    const deleted = pod.deletionTick >= 0;
    const reset = this.inflightOf(pod, t);
    this.stopProcess(pod, t, deleted ? "exited" : "backoff");
    pod.stopping = "none";
    pod.sigtermSent = false;
    pod.sigtermTick = NEVER;
    pod.killTick = NEVER;
    if (deleted) {
      pod.goneTick = t;
      this.version++;
      this.liveDirty = true;
    } else pod.restartAtTick = t + pod.backoffTicks;
    this.narrate({ t: seconds(t), kind, pod: pod.id, reset });
  }

  private stopProcess(pod: Pod, t: number, next: "exited" | "backoff"): void {
    const inflight = this.inflightOf(pod, t);
    if (inflight > 0) {
      this.countReset(inflight);
      const base = pod.index * this.ringSize;
      for (let s = 0; s < this.ringSize; s++) {
        if ((this.inflightFinish[base + s] ?? -1) <= t) continue;
        this.finishing[s] = (this.finishing[s] ?? 0) - (this.inflight[base + s] ?? 0);
        this.inflight[base + s] = 0;
      }
      this.narrateReset(pod, t);
    }
    pod.container = next;
    pod.poolOpen = false;
    pod.draining = false;
    this.flags(pod);
    pod.probeSaysReady = false;
    pod.nextReadinessTick = NEVER;
    pod.nextLivenessTick = NEVER;
  }

  private narrateReset(pod: Pod, t: number): void {
    if (pod.resetNarrated) return;
    pod.resetNarrated = true;
    this.narrate({ t: seconds(t), kind: "connection-reset", pod: pod.id });
  }

  private isAvailable(pod: Pod, t: number): boolean {
    return pod.deletionTick < 0 && pod.ready && t - pod.readySinceTick >= this.minReadyTicks;
  }

  // ---- Deployment and ReplicaSet controllers ------------------------------------------------

  /**
   * One controller pass per tick, repeated until nothing changes (the real controller re-syncs on
   * every ReplicaSet update). Each round scales the new ReplicaSet up if it can, else old ones down,
   * the order of rolloutRolling in rolling.go.
   */
  private syncDeployment(t: number): void {
    for (let round = 0; round < 32; round++) {
      if (this.scaleUpNew(t)) continue;
      if (this.scaleDownOld(t)) continue;
      break;
    }
  }

  /** reconcileNewReplicaSet + NewRSNewReplicas: counts use spec.replicas, so terminating pods are not counted. */
  private scaleUpNew(t: number): boolean {
    if (this.newSpec >= this.replicas) return false;
    const maxTotal = this.replicas + this.maxSurge;
    const current = this.oldSpec + this.newSpec;
    if (current >= maxTotal) return false;
    const up = Math.min(maxTotal - current, this.replicas - this.newSpec);
    this.newSpec += up;
    for (let i = 0; i < up; i++) {
      const pod = this.newPod("new", t);
      this.pods.push(pod);
      this.narrate({ t: seconds(t), kind: "pod-created", pod: pod.id, revision: "new" });
    }
    this.lastProgressTick = t;
    return true;
  }

  /** reconcileOldReplicaSets: cleanupUnhealthyReplicas, then scaleDownOldReplicaSetsForRollingUpdate. */
  private scaleDownOld(t: number): boolean {
    if (this.oldSpec === 0) return false;
    const minAvailable = this.replicas - this.maxUnavailable;
    const newAvailable = this.countAvailable("new", t);
    const newUnavailable = this.newSpec - newAvailable;
    const maxScaledDown = this.oldSpec + this.newSpec - minAvailable - newUnavailable;
    if (maxScaledDown <= 0) return false;

    const oldUnhealthy = this.oldSpec - this.countAvailable("old", t);
    const cleanup = Math.min(maxScaledDown, Math.max(0, oldUnhealthy));
    if (cleanup > 0) this.scaleDownOldBy(cleanup, t);

    const available = this.countAvailable("old", t) + newAvailable;
    let scaleDown = 0;
    if (available > minAvailable) scaleDown = Math.min(this.oldSpec, available - minAvailable);
    if (scaleDown > 0) this.scaleDownOldBy(scaleDown, t);
    return cleanup + scaleDown > 0;
  }

  private countAvailable(revision: Revision, t: number): number {
    let count = 0;
    for (const pod of this.pods) if (pod.revision === revision && pod.goneTick < 0 && this.isAvailable(pod, t)) count++;
    return count;
  }

  private scaleDownOldBy(count: number, t: number): void {
    this.oldSpec -= count;
    this.lastProgressTick = t;
    const candidates = this.pods.filter((p) => p.revision === "old" && p.deletionTick < 0 && p.goneTick < 0);
    candidates.sort((a, b) => deletionRank(a, t) - deletionRank(b, t) || b.index - a.index);
    for (const pod of candidates.slice(0, count)) this.deletePod(pod, t);
  }

  private deletePod(pod: Pod, t: number): void {
    pod.deletionTick = t;
    pod.wakeTick = 0;
    this.version++;
    // A container already being stopped after a liveness failure keeps that stop's schedule; a pod
    // with no running container has nothing to stop (the kubelet marks it gone).
    if (pod.stopping === "none" && pod.container === "running") this.beginStop(pod, t, "deleted", this.graceTicks);
    // Only old pods are ever deleted: this model has no rollover (a second template change mid-rollout).
    this.narrate({ t: seconds(t), kind: "old-pod-terminating", pod: pod.id });
  }

  // ---- endpoints and the balancer -----------------------------------------------------------

  /**
   * The EndpointSlice changes at once (batching 0, fact 3.7). The balancer applies what changed
   * at its next sync, and syncs at most once per `endpointPropagationSeconds` (a rate limit, facts
   * 3.8, 3.12): every change pending at a sync is applied together.
   */
  private syncBalancer(t: number): void {
    // The wanted list changes only with `version`; while a change waits out the rate limit there is
    // nothing to look at until the next sync is allowed.
    if (this.syncedVersion === this.version && !this.syncPending) return;
    if (this.syncPending && t - this.lastSyncTick < this.propagationTicks) return;
    this.syncedVersion = this.version;
    let pending = false;
    for (const pod of this.pods) {
      if (pod.goneTick >= 0 && !pod.inBalancer) continue;
      const wanted = pod.goneTick < 0 && pod.deletionTick < 0 && pod.ready;
      pod.endpointWanted = wanted;
      if (wanted !== pod.inBalancer) pending = true;
    }
    this.syncPending = pending && t - this.lastSyncTick < this.propagationTicks;
    if (!pending || this.syncPending) return;
    this.lastSyncTick = t;
    for (const pod of this.pods) {
      if (pod.inBalancer === pod.endpointWanted || (pod.goneTick >= 0 && !pod.inBalancer)) continue;
      pod.inBalancer = pod.endpointWanted;
      this.balancerDirty = true;
      this.narrate({ t: seconds(t), kind: pod.inBalancer ? "added-to-endpoints" : "removed-from-endpoints", pod: pod.id });
    }
  }

  private refreshBalancerList(): void {
    if (!this.balancerDirty) return;
    this.balancerDirty = false;
    this.balancerList = [];
    this.balancerPods = [];
    for (const pod of this.pods) {
      if (!pod.inBalancer) continue;
      this.balancerList.push(pod.index);
      this.balancerPods.push(pod);
    }
  }

  private openInitialConnections(): void {
    const retire = ticks(this.config.network.keepAliveSeconds);
    for (let c = 0; c < this.connections; c++) {
      this.connect(c, 0);
      // Connections were opened at different times, so they retire at different times.
      this.conn[c * CONN_FIELDS + CONN_RETIRE] = Math.floor(this.trafficRandom() * retire) + 1;
    }
  }

  /** Opens connection slot `c` to a backend from the balancer's list; returns the pod or −1 if refused. */
  private connect(c: number, t: number): number {
    const list = this.balancerList;
    const at = c * CONN_FIELDS;
    this.conn[at + CONN_POD] = -1;
    if (list.length === 0) return -1;
    const index = list[Math.floor(this.trafficRandom() * list.length)] ?? -1;
    if (index < 0 || this.podAccepting[index] !== 1) return -1;
    this.conn[at + CONN_POD] = index;
    this.conn[at + CONN_INCARNATION] = this.podIncarnation[index] ?? 0;
    this.conn[at + CONN_RETIRE] = t + ticks(this.config.network.keepAliveSeconds);
    this.conn[at + CONN_BUSY] = t;
    return index;
  }

  // ---- traffic ------------------------------------------------------------------------------

  // Requests are kept twice: per pod, for what a process ending resets and a drain waits for, and
  // in one ring for all pods, from which they finish. A pod's ring is never swept: a bucket belongs
  // to the finish tick written beside it, and one whose tick has passed is simply stale.

  private finishRequests(t: number): void {
    const slot = t % this.ringSize;
    if (this.finishingTick[slot] !== t) return;
    this.tickServed += this.finishing[slot] ?? 0;
    this.finishing[slot] = 0;
    this.finishingTick[slot] = -1;
  }

  private admit(pod: Pod, t: number): void {
    const finish = t + this.requestTicks;
    const slot = finish % this.ringSize;
    this.admitToPod(pod.index, t, finish, slot, 1);
    this.admitToRing(finish, slot, 1);
  }

  private admitToPod(index: number, t: number, finish: number, slot: number, n: number): void {
    const at = index * this.ringSize + slot;
    if (this.inflightFinish[at] === finish) this.inflight[at] = (this.inflight[at] ?? 0) + n;
    else {
      this.inflightFinish[at] = finish;
      this.inflight[at] = n;
    }
    this.lastAdmit[index] = t;
  }

  private admitToRing(finish: number, slot: number, n: number): void {
    if (this.finishingTick[slot] === finish) this.finishing[slot] = (this.finishing[slot] ?? 0) + n;
    else {
      this.finishingTick[slot] = finish;
      this.finishing[slot] = n;
    }
  }

  /** Requests still in flight on a pod, after the ones finishing at `t` have finished. */
  private inflightOf(pod: Pod, t: number): number {
    if ((this.lastAdmit[pod.index] ?? LONG_AGO) + this.requestTicks <= t) return 0;
    const base = pod.index * this.ringSize;
    let n = 0;
    for (let s = 0; s < this.ringSize; s++) if ((this.inflightFinish[base + s] ?? -1) > t) n += this.inflight[base + s] ?? 0;
    return n;
  }

  private arrive(t: number): void {
    const rate = this.config.traffic.requestsPerSecond;
    const count = Math.floor(((t + 1) * rate) / TICKS_PER_SECOND + 1e-9) - Math.floor((t * rate) / TICKS_PER_SECOND + 1e-9);
    if (count <= 0) return;
    this.arrived += count;
    this.refreshBalancerList();
    if (this.config.network.balancer === "L4") {
      if (count >= BULK_ARRIVALS_PER_TICK) this.arriveL4Bulk(t, count);
      else this.arriveL4(t, count);
    } else if (count >= BULK_ARRIVALS_PER_TICK) this.arriveL7Bulk(t, count);
    else this.arriveL7(t, count);
  }

  /**
   * L7 at high rates: the same round robin, counted per pod instead of per request. Of `count`
   * requests in a tick, the pod at list position j (from the round-robin cursor) gets
   * floor(count / n) plus one if j < count mod n, exactly what one request at a time would give it.
   * What differs is only the random part: which of a pod's requests need the database is drawn as
   * one binomial count, and only for a pod that cannot serve them; and a refused request retries
   * on the next pods in the list rather than taking the next turn of the cursor.
   */
  private arriveL7Bulk(t: number, count: number): void {
    const pods = this.balancerPods;
    const n = pods.length;
    if (n === 0) {
      this.countFailedBulk("no-endpoints", count);
      return;
    }
    const share = this.config.traffic.dependencyShare;
    const dbUp = this.dbUp;
    const tries = this.config.network.retryRefused ? INGRESS_TRIES : 1;
    const base = Math.floor(count / n);
    const extra = count - base * n;
    const start = this.roundRobin % n;
    this.roundRobin += count;
    const finish = t + this.requestTicks;
    const slot = finish % this.ringSize;
    let admittedTotal = 0;
    // Requests refused at the previous position, waiting for their second and third try.
    let second = 0;
    let third = 0;
    // Two extra positions past the end give the last positions' retries a pod to land on.
    const positions = n + (tries > 1 ? tries - 1 : 0);
    for (let j = 0, at = start; j < positions; j++, at = at + 1 === n ? 0 : at + 1) {
      const fresh = j < n ? (j < extra ? base + 1 : base) : 0;
      const pod = pods[at] as Pod;
      const accepting = pod.container === "running" && !pod.draining;
      if (second === 0 && third === 0) {
        if (fresh === 0) continue;
        if (accepting && pod.poolOpen && dbUp) {
          // The usual case, kept short: a pod that serves everything takes its share.
          this.admitToPod(pod.index, t, finish, slot, fresh);
          admittedTotal += fresh;
          continue;
        }
      }
      const arriving = fresh + second + third;
      const lastTry = third;
      third = 0;
      if (arriving === 0) {
        second = 0;
        continue;
      }
      if (!accepting) {
        // Fresh requests move to their second try, second tries to their third; third tries fail.
        if (tries > 1) {
          third = second;
          second = fresh;
          this.countFailedBulk("refused", lastTry);
        } else {
          this.countFailedBulk("refused", arriving);
        }
        continue;
      }
      second = 0;
      let admitted = arriving;
      if (!(pod.poolOpen && dbUp) && share > 0) {
        const needDb = share >= 1 ? arriving : this.binomial(arriving, share);
        this.countFailedBulk("app-error", needDb);
        admitted -= needDb;
      }
      if (admitted > 0) {
        this.admitToPod(pod.index, t, finish, slot, admitted);
        admittedTotal += admitted;
      }
    }
    // Retries that ran out of positions failed.
    this.countFailedBulk("refused", second + third);
    if (admittedTotal > 0) this.admitToRing(finish, slot, admittedTotal);
  }

  private countFailedBulk(cause: Exclude<FailureCause, "reset">, n: number): void {
    if (n <= 0) return;
    this.tickFailed += n;
    if (cause === "app-error") this.tickAppErrors += n;
    this.tickCause ??= cause;
  }

  /** A binomial count from the traffic stream: direct for small n, else a normal approximation. */
  private binomial(n: number, p: number): number {
    if (n <= 32) {
      let k = 0;
      for (let i = 0; i < n; i++) if (this.trafficRandom() < p) k++;
      return k;
    }
    const u1 = Math.max(this.trafficRandom(), 1e-12);
    const u2 = this.trafficRandom();
    const gauss = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    return Math.min(n, Math.max(0, Math.round(n * p + gauss * Math.sqrt(n * p * (1 - p)))));
  }

  private needsDatabase(): boolean {
    const share = this.config.traffic.dependencyShare;
    if (share >= 1) return true;
    if (share <= 0) return false;
    return this.trafficRandom() < share;
  }

  /**
   * L7: the proxy picks a backend per request (round robin) from its current list. A pod that
   * refuses the connection gets the ingress's 502, or, with `retryRefused`, the request goes on
   * to the next pod in the list; an empty list gets its 503. A pod that is listening but cannot
   * reach its database answers 503 itself, which the ingress passes on.
   */
  private arriveL7(t: number, count: number): void {
    const list = this.balancerList;
    const tries = this.config.network.retryRefused ? INGRESS_TRIES : 1;
    for (let k = 0; k < count; k++) {
      const needsDb = this.needsDatabase();
      if (list.length === 0) {
        this.countFailed("no-endpoints");
        continue;
      }
      let pod: Pod | undefined;
      for (let attempt = 0; attempt < tries && pod === undefined; attempt++) {
        const chosen = this.pods[list[this.roundRobin++ % list.length] ?? -1];
        if (chosen !== undefined && this.accepting(chosen)) pod = chosen;
      }
      if (pod === undefined) this.countFailed("refused");
      else if (needsDb && !(pod.poolOpen && this.dbUp)) this.countFailed("app-error");
      else this.admit(pod, t);
    }
  }

  /**
   * L4: the balancer only places connections. A request rides whichever client connection it gets;
   * an established connection keeps reaching its pod after the pod left the endpoints (fact 4.5).
   * A connection whose server closed it (a draining app, or a process that has ended) is simply
   * reopened through the balancer on the client's next request.
   */
  private arriveL4(t: number, count: number): void {
    const connections = this.connections;
    const conn = this.conn;
    for (let k = 0; k < count; k++) {
      const needsDb = this.needsDatabase();
      const c = Math.floor(this.trafficRandom() * connections);
      const at = c * CONN_FIELDS;
      let index = conn[at + CONN_POD] ?? -1;
      if (index >= 0) {
        const idle = (conn[at + CONN_BUSY] ?? 0) <= t;
        // Closed by its server: the process ended (or is another incarnation now), or it is draining.
        const closed = this.podAccepting[index] !== 1 || this.podIncarnation[index] !== conn[at + CONN_INCARNATION];
        if (closed || (idle && t >= (conn[at + CONN_RETIRE] ?? 0))) index = -1;
      }
      if (index < 0) index = this.connect(c, t);
      if (index < 0) this.countFailed("refused");
      else if (needsDb && !(this.podPoolOpen[index] === 1 && this.dbUp)) this.countFailed("app-error");
      else {
        const finish = t + this.requestTicks;
        const slot = finish % this.ringSize;
        this.admitToPod(index, t, finish, slot, 1);
        this.admitToRing(finish, slot, 1);
        conn[at + CONN_BUSY] = finish;
      }
    }
  }

  /**
   * L4 at high rates: the same connections and the same rules as arriveL4, in one tight loop. Only
   * the random part differs: whether a request needs the database is drawn only when its pod could
   * not serve it, and the shared ring is filled once for the tick.
   */
  private arriveL4Bulk(t: number, count: number): void {
    const connections = this.connections;
    const conn = this.conn;
    const accepting = this.podAccepting;
    const incarnation = this.podIncarnation;
    const poolOpen = this.podPoolOpen;
    const dbUp = this.dbUp;
    const share = this.config.traffic.dependencyShare;
    const random = this.trafficRandom;
    const finish = t + this.requestTicks;
    const slot = finish % this.ringSize;
    let admitted = 0;
    for (let k = 0; k < count; k++) {
      const c = Math.floor(random() * connections);
      const at = c * CONN_FIELDS;
      let index = conn[at + CONN_POD] ?? -1;
      if (index >= 0) {
        const closed = accepting[index] !== 1 || incarnation[index] !== conn[at + CONN_INCARNATION];
        if (closed || ((conn[at + CONN_BUSY] ?? 0) <= t && t >= (conn[at + CONN_RETIRE] ?? 0))) index = -1;
      }
      if (index < 0) index = this.connect(c, t);
      if (index < 0) {
        this.countFailed("refused");
        continue;
      }
      if (!(poolOpen[index] === 1 && dbUp) && share > 0 && (share >= 1 || random() < share)) {
        this.countFailed("app-error");
        continue;
      }
      this.admitToPod(index, t, finish, slot, 1);
      admitted++;
      conn[at + CONN_BUSY] = finish;
    }
    if (admitted > 0) this.admitToRing(finish, slot, admitted);
  }

  private countFailed(cause: Exclude<FailureCause, "reset">): void {
    this.tickFailed++;
    if (cause === "app-error") this.tickAppErrors++;
    this.tickCause ??= cause;
  }

  private countReset(n: number): void {
    this.tickReset += n;
    this.tickCause ??= "reset";
  }

  // ---- time, status, narration --------------------------------------------------------------

  private updateDatabase(t: number): void {
    const up = t < this.dbDownFrom || t >= this.dbDownTo;
    if (up === this.dbUp) return;
    this.dbUp = up;
    this.narrate({ t: seconds(t), kind: up ? "db-outage-end" : "db-outage-start" });
  }

  private bookkeeping(t: number): void {
    this.trackRequests(t);
    if (this.overtime) return;

    if (this.countedVersion !== this.version || t >= this.nextAvailableTick) this.countPods(t);
    const { updated, total, withTerminating, available, newAvailable } = this.counts;
    this.availableNow = available;
    this.podCountNow = total;
    this.maxPods = Math.max(this.maxPods, total);
    this.maxPodsWithTerminating = Math.max(this.maxPodsWithTerminating, withTerminating);
    this.minAvailable = Math.min(this.minAvailable, available);
    if (newAvailable > this.lastNewAvailable) this.lastProgressTick = t;
    this.lastNewAvailable = newAvailable;

    if (!this.rolloutActive) return;
    const counts = { replicas: this.replicas, updated, total, available };
    const settled = rolloutStatusOf(counts, false).kind === "done";
    // Only a status condition: nothing is rolled back (fact 2.7).
    const deadlineExceeded = !settled && t - this.lastProgressTick > this.deadlineTicks;
    this.status = rolloutStatusOf(counts, deadlineExceeded);
    if (deadlineExceeded && !this.deadlineNarrated) {
      this.deadlineNarrated = true;
      this.narrate({ t: seconds(t), kind: "progress-deadline-exceeded" });
    }
    if (settled && this.doneTick === null) {
      this.doneTick = t;
      this.narrate({ t: seconds(t), kind: "rollout-reported-done" });
    }
  }

  /** Recounts the pods, and notes when minReadySeconds alone will next make one available. */
  private countPods(t: number): void {
    this.countedVersion = this.version;
    const counts = this.counts;
    counts.updated = 0;
    counts.total = 0;
    counts.withTerminating = 0;
    counts.available = 0;
    counts.newAvailable = 0;
    let next = NEVER;
    for (const pod of this.livePods()) {
      if (pod.goneTick >= 0) continue;
      counts.withTerminating++;
      if (pod.deletionTick >= 0) continue;
      counts.total++;
      if (pod.revision === "new") counts.updated++;
      if (this.isAvailable(pod, t)) {
        counts.available++;
        if (pod.revision === "new") counts.newAvailable++;
      } else if (pod.ready) {
        next = Math.min(next, pod.readySinceTick + this.minReadyTicks);
      }
    }
    this.nextAvailableTick = next;
  }

  private trackRequests(t: number): void {
    const served = this.tickServed;
    const failed = this.tickFailed;
    const appErrors = this.tickAppErrors;
    const reset = this.tickReset;
    const cause = this.tickCause;
    this.tickServed = 0;
    this.tickFailed = 0;
    this.tickAppErrors = 0;
    this.tickReset = 0;
    this.tickCause = null;
    this.interval.served += served;
    this.interval.failed += failed;
    this.interval.appErrors += appErrors;
    this.interval.reset += reset;
    this.cumulative.served += served;
    this.cumulative.failed += failed;
    this.cumulative.appErrors += appErrors;
    this.cumulative.reset += reset;
    const second = Math.floor(Math.min(t, this.endTick - 1) / TICKS_PER_SECOND);
    const errors = failed + reset;
    this.endedPerSecond[second] = (this.endedPerSecond[second] ?? 0) + served + errors;
    this.errorsPerSecond[second] = (this.errorsPerSecond[second] ?? 0) + errors;

    if (errors > 0) {
      const at = Math.min(t, this.endTick - 1);
      if (this.firstErrorTick === null) this.firstErrorTick = at;
      this.lastErrorTick = at;
      if (!this.inErrorBurst) {
        this.inErrorBurst = true;
        this.narrate({ t: seconds(t), kind: "first-failure", cause: cause ?? "refused" });
      }
      this.burst.failed += failed;
      this.burst.appErrors += appErrors;
      this.burst.reset += reset;
    } else if (this.inErrorBurst && this.lastErrorTick !== null && t - this.lastErrorTick >= ticks(ERROR_BURST_GAP_SECONDS)) {
      this.inErrorBurst = false;
      this.narrate({ t: seconds(this.lastErrorTick), kind: "failures-stopped", ...this.burst });
      this.burst.failed = 0;
      this.burst.appErrors = 0;
      this.burst.reset = 0;
    }
  }

  private narrate(event: SimEvent): void {
    if (!this.overtime) this.events.push(event);
  }

  private sample(t: number): void {
    const pods: PodSnapshot[] = [];
    const podSummary = this.summarisePods ? this.summariseAt(t) : undefined;
    for (const pod of this.summarisePods ? [] : this.pods) {
      const visible = pod.goneTick < 0 || pod.goneTick > this.lastSampleTick || pod.inBalancer;
      if (!visible) continue;
      pods.push({
        id: pod.id,
        revision: pod.revision,
        phase: phaseOf(pod),
        ready: pod.ready,
        available: this.isAvailable(pod, t) && pod.goneTick < 0,
        serving: this.serving(pod),
        inEndpoints: pod.inBalancer,
        restarts: pod.restarts,
      });
    }
    this.refreshBalancerList();
    this.frames.push({
      t: seconds(t),
      pods,
      ...(podSummary ? { podSummary } : {}),
      interval: { ...this.interval },
      cumulative: { ...this.cumulative },
      status: this.status,
      dbUp: this.dbUp,
      endpoints: this.balancerList.length,
      available: this.availableNow,
      podCount: this.podCountNow,
    });
    this.interval.served = 0;
    this.interval.failed = 0;
    this.interval.appErrors = 0;
    this.interval.reset = 0;
    this.lastSampleTick = t;
  }

  private summariseAt(t: number): PodSummary[] {
    const groups = new Map<string, PodSummary>();
    for (const pod of this.pods) {
      if (pod.goneTick >= 0) continue;
      const phase = phaseOf(pod) as PodSummary["phase"];
      const key = `${pod.revision}:${phase}`;
      let group = groups.get(key);
      if (group === undefined) {
        group = { revision: pod.revision, phase, count: 0, ready: 0, available: 0, serving: 0, inEndpoints: 0, restarts: 0 };
        groups.set(key, group);
      }
      group.count++;
      if (pod.ready) group.ready++;
      if (this.isAvailable(pod, t)) group.available++;
      if (this.serving(pod)) group.serving++;
      if (pod.inBalancer) group.inEndpoints++;
      group.restarts += pod.restarts;
    }
    return [...groups.values()];
  }

  private summary(): SimSummary {
    const { served, failed, appErrors, reset } = this.cumulative;
    const errors = failed + reset;
    let errorSeconds = 0;
    for (const e of this.errorsPerSecond) if (e > 0) errorSeconds++;
    let windowRequests = 0;
    let windowErrors = 0;
    if (this.firstErrorTick !== null && this.lastErrorTick !== null) {
      const from = Math.floor(this.firstErrorTick / TICKS_PER_SECOND);
      const to = Math.floor(this.lastErrorTick / TICKS_PER_SECOND);
      for (let s = from; s <= to; s++) {
        windowRequests += this.endedPerSecond[s] ?? 0;
        windowErrors += this.errorsPerSecond[s] ?? 0;
      }
    }
    const startedAt = this.rolloutTick === null ? null : seconds(this.rolloutTick);
    const doneAt = this.doneTick === null ? null : seconds(this.doneTick);
    return {
      totalRequests: this.arrived,
      served,
      failed,
      appErrors,
      reset,
      failedShare: this.arrived === 0 ? 0 : errors / this.arrived,
      firstErrorAt: this.firstErrorTick === null ? null : seconds(this.firstErrorTick),
      lastErrorAt: this.lastErrorTick === null ? null : seconds(this.lastErrorTick),
      errorSeconds,
      errorWindowShare: windowRequests === 0 ? 0 : windowErrors / windowRequests,
      rolloutStartedAt: startedAt,
      rolloutDoneAt: doneAt,
      rolloutSeconds: doneAt === null || startedAt === null ? null : Math.round((doneAt - startedAt) * 1000) / 1000,
      maxPodsSeen: this.maxPods,
      maxPodsIncludingTerminatingSeen: this.maxPodsWithTerminating,
      minAvailableSeen: this.minAvailable === Infinity ? 0 : this.minAvailable,
      restarts: this.restarts,
    };
  }
}

/**
 * The ReplicaSet controller's preference when it removes pods (ActivePodsWithRanks): not yet running
 * first, then not Ready, then Ready for the shortest time, then most restarts, then newest.
 */
function deletionRank(pod: Pod, t: number): number {
  if (pod.container !== "running") return 0;
  if (!pod.ready) return 1;
  return 2 + Math.min(t - pod.readySinceTick, 1e9) / 1e9 - pod.restarts / 1e6;
}

function phaseOf(pod: Pod): PodPhase {
  if (pod.goneTick >= 0) return "gone";
  if (pod.deletionTick >= 0) return "terminating";
  if (pod.stopping === "liveness") return "restarting";
  if (pod.container === "backoff" || (pod.container === "waiting" && pod.restarts > 0)) return "restarting";
  if (pod.container === "waiting") return "starting";
  return pod.ready ? "ready" : "running-not-serving";
}

/** Runs one rollout. Throws a SimConfigError when the config is invalid. */
export function simulate(config: SimConfig, options: SimOptions = {}): SimResult {
  const complete = validateSimConfig(config);
  const durationSeconds = options.durationSeconds ?? 300;
  const sampleEverySeconds = options.sampleEverySeconds ?? 1;
  if (!(Number.isFinite(durationSeconds) && durationSeconds > 0 && durationSeconds <= 3600)) {
    throw new RangeError(`durationSeconds must be between 0 and 3600 (got ${String(durationSeconds)})`);
  }
  if (!(Number.isFinite(sampleEverySeconds) && sampleEverySeconds >= 1 / TICKS_PER_SECOND)) {
    throw new RangeError(`sampleEverySeconds must be at least ${1 / TICKS_PER_SECOND} (got ${String(sampleEverySeconds)})`);
  }
  return new RolloutRun(complete, durationSeconds, sampleEverySeconds, options.podDetail === "summary").run();
}
