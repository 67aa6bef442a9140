// The shapes a simulated rollout is configured with and reports back. All times are in seconds.

/** A whole number of pods, or a whole percentage of replicas such as "25%". */
export type IntOrPercent = number | `${number}%`;

export type Revision = "old" | "new";

/** L4 picks a backend per connection (kube-proxy, NLB); L7 picks one per request (ingress, ALB, Envoy). */
export type Balancer = "L4" | "L7";

/**
 * What the app does when SIGTERM arrives.
 * - graceful: stops accepting connections, finishes what is in flight (answering it with
 *   `Connection: close`), then exits. Idle keep-alive connections are not closed first; they die
 *   with the process, which is what an L4 balancer exposes.
 * - immediate-exit: the process exits on the signal; in-flight requests are reset.
 * - ignored: PID 1 never sees the signal (shell-form ENTRYPOINT, fact 3.11), so the app keeps
 *   serving until SIGKILL at the end of the grace period.
 */
export type SigtermHandling = "graceful" | "immediate-exit" | "ignored";

export interface ProbeConfig {
  /**
   * true: the probe exercises the database, so it passes only while the app can really serve
   * (pool open and database up). false: it checks only that the process answers.
   */
  checksDependency: boolean;
  initialDelaySeconds: number;
  periodSeconds: number;
  failureThreshold: number;
  /** Must be 1 for a liveness probe (fact 1.2). */
  successThreshold: number;
}

export interface DbOutage {
  fromSeconds: number;
  toSeconds: number;
}

export interface SimConfig {
  replicas: number;
  strategy: { maxSurge: IntOrPercent; maxUnavailable: IntOrPercent };
  minReadySeconds: number;
  progressDeadlineSeconds: number;
  pod: {
    /** Image pull and container start: until then the pod exists but no process runs. */
    processStartSeconds: number;
    /** After the process starts, how long the app needs (database pool opening) until it can serve. */
    appReadySeconds: number;
    /** Each pod's two start-up times vary by up to ± this much (seeded). Default 0. */
    startJitterSeconds?: number;
  };
  readinessProbe: ProbeConfig | null;
  livenessProbe: ProbeConfig | null;
  termination: {
    preStopSleepSeconds: number;
    terminationGracePeriodSeconds: number;
    sigterm: SigtermHandling;
  };
  network: {
    /** How long the balancer keeps its old list of backends after a pod's endpoint changes. */
    endpointPropagationSeconds: number;
    balancer: Balancer;
    /** L4 only: how long a client reuses one connection before it opens a new one. Default 60. */
    keepAliveSeconds?: number;
    /** L4 only: how many keep-alive connections the clients hold in total. Default 200. */
    clientConnections?: number;
  };
  traffic: {
    requestsPerSecond: number;
    /** How long the app takes to answer one request. */
    requestSeconds: number;
    /**
     * Share of requests that need the database (0–1). The rest are answered by any running app
     * process, even before its pool is open or while the database is down. Default 1.
     */
    dependencyShare?: number;
  };
  dbOutage?: DbOutage | null;
  /** When the new pod template is applied; null means no rollout in this run. */
  rolloutStartSeconds: number | null;
  seed: number;
}

export interface SimOptions {
  /** Default 300. */
  durationSeconds?: number;
  /** Default 1. */
  sampleEverySeconds?: number;
}

/**
 * Where a pod stands from Kubernetes' point of view. `serving` on the snapshot says whether the
 * app can really answer, which is the whole point: a pod can be "ready" and not serving.
 * - starting: created, no process yet (image pull, container start)
 * - running-not-serving: process running, pod not Ready, so the Service does not route to it
 * - ready: pod Ready (it may still be unable to serve)
 * - terminating: deleted, shutting down
 * - restarting: container killed by the liveness probe, in back-off or starting again
 * - gone: the process has exited and the pod object is removed
 */
export type PodPhase = "starting" | "running-not-serving" | "ready" | "terminating" | "restarting" | "gone";

export interface PodSnapshot {
  id: string;
  revision: Revision;
  phase: PodPhase;
  /** The pod's Ready condition. */
  ready: boolean;
  /** Ready for at least minReadySeconds and not terminating: what the rollout counts. */
  available: boolean;
  /** The app can answer every kind of request right now. */
  serving: boolean;
  /** The balancer currently sends it new requests or connections (after propagation). */
  inEndpoints: boolean;
  restarts: number;
}

export interface RequestCounts {
  served: number;
  /** 502 / 503 / connection refused: sent to a pod that was not listening or could not serve. */
  failed: number;
  /** Connection reset: the pod's process died with the request in flight or the connection open. */
  reset: number;
}

/** `kubectl rollout status` as data; `rolloutStatusText` phrases it the way kubectl does. */
export type RolloutStatus =
  | { kind: "not-started" }
  | { kind: "waiting-for-updated"; updated: number; replicas: number }
  | { kind: "waiting-for-old-termination"; old: number }
  | { kind: "waiting-for-available"; available: number; updated: number }
  | { kind: "done" }
  | { kind: "deadline-exceeded"; updated: number; available: number; replicas: number };

export interface SimFrame {
  t: number;
  pods: PodSnapshot[];
  /** Requests that ended since the previous frame. */
  interval: RequestCounts;
  cumulative: RequestCounts;
  status: RolloutStatus;
  dbUp: boolean;
  /** Backends in the balancer's (propagated) list. */
  endpoints: number;
  /** Available pods as the Deployment counts them. */
  available: number;
  /** Non-terminating pods, the number maxSurge limits. */
  podCount: number;
}

type PodEventKind =
  | "process-started"
  | "marked-ready"
  | "marked-ready-but-not-serving"
  | "marked-not-ready"
  | "app-ready"
  | "added-to-endpoints"
  | "removed-from-endpoints"
  | "sigterm-sent"
  | "process-exited"
  | "sigkilled"
  | "connection-reset";

/** Narration: one event per transition, never one per request. */
export type SimEvent =
  | { t: number; kind: "rollout-started" | "rollout-reported-done" | "progress-deadline-exceeded" }
  | { t: number; kind: "db-outage-start" | "db-outage-end" }
  | { t: number; kind: "first-failure" | "failures-stopped" }
  | { t: number; kind: "pod-created"; pod: string; revision: Revision }
  | { t: number; kind: "old-pod-terminating"; pod: string }
  | { t: number; kind: PodEventKind; pod: string }
  | { t: number; kind: "liveness-restart"; pod: string; restarts: number; backoffSeconds: number };

export type SimEventKind = SimEvent["kind"];

/** The event shape for one kind, e.g. `SimEventOf<"liveness-restart">` has `restarts`. */
export type SimEventOf<K extends SimEventKind> = SimEvent extends infer E
  ? E extends { kind: infer EventKind }
    ? K extends EventKind
      ? Omit<E, "kind"> & { kind: K }
      : never
    : never
  : never;

export interface SimSummary {
  totalRequests: number;
  served: number;
  failed: number;
  reset: number;
  /** (failed + reset) / totalRequests: the share that got no answer. */
  failedShare: number;
  firstErrorAt: number | null;
  lastErrorAt: number | null;
  /** How many whole seconds saw at least one failed or reset request. */
  errorSeconds: number;
  /** (failed + reset) / requests, counted over the seconds from the first to the last error. */
  errorWindowShare: number;
  rolloutStartedAt: number | null;
  rolloutDoneAt: number | null;
  /** rolloutDoneAt − rolloutStartedAt. */
  rolloutSeconds: number | null;
  /** Most non-terminating pods at once (what maxSurge bounds). */
  maxPodsSeen: number;
  /** Most pods at once counting terminating ones (fact 2.9: this can exceed replicas + maxSurge). */
  maxPodsIncludingTerminatingSeen: number;
  minAvailableSeen: number;
  restarts: number;
}

export interface SimResult {
  frames: SimFrame[];
  events: SimEvent[];
  summary: SimSummary;
}
