// The shapes a simulated rollout is configured with and reports back. All times are in seconds.

/** A whole number of pods, or a whole percentage of replicas such as "25%". */
export type IntOrPercent = number | `${number}%`;

export type Revision = "old" | "new";

/** L4 picks a backend per connection (kube-proxy, NLB); L7 picks one per request (ingress, ALB, Envoy). */
export type Balancer = "L4" | "L7";

/**
 * What the app does when SIGTERM arrives.
 * - graceful: what Go's `http.Server.Shutdown` does (fact 4.6): closes its listener, so new
 *   connections are refused; closes idle keep-alive connections; answers each request in flight
 *   with `Connection: close` and closes its connection after the response; exits when nothing is
 *   left in flight. Clients whose connection was closed open a new one through the balancer.
 * - immediate-exit: the process exits on the signal; requests in flight are reset.
 * - ignored: PID 1 never sees the signal (shell-form ENTRYPOINT, fact 3.11), so the app keeps
 *   serving until SIGKILL at the end of the grace period, which resets whatever is in flight.
 *
 * When a process ends, for whatever reason, the kernel closes its sockets. A keep-alive connection
 * that was idle is closed cleanly and its client reconnects on its next request; only requests in
 * flight at that moment are reset. (The remaining race, a request sent in the instant before the
 * client sees the close, is well under one 100 ms tick and is not modelled; it is why clients
 * retry idempotent requests, fact 4.6.)
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
  /**
   * Liveness only: the grace period for a kill this probe causes, instead of the pod's
   * `terminationGracePeriodSeconds` (probe-level, stable in 1.28, fact 1.12). Not allowed on readiness.
   */
  terminationGracePeriodSeconds?: number | null;
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
    /**
     * The balancer reprograms its list of backends at most once per this many seconds: a rate
     * limit, like kube-proxy's `--iptables-min-sync-period` (1 s by default, facts 3.8, 3.12) or
     * ingress-nginx's `--sync-rate-limit` (0.3 syncs a second). A change made when the last sync is
     * at least this long ago is applied at once; otherwise it waits for the next allowed sync, so a
     * change waits between 0 and this long, and changes in between are applied together.
     */
    endpointPropagationSeconds: number;
    balancer: Balancer;
    /** L4 only: how long a client reuses one connection before it opens a new one. Default 60. */
    keepAliveSeconds?: number;
    /** L4 only: how many keep-alive connections the clients hold in total. Default 200. */
    clientConnections?: number;
    /**
     * L7 only: when the pod it chose refuses the connection, the ingress passes the request to the
     * next pod in its list, up to 3 tries in all. This is nginx's `proxy_next_upstream error`
     * (ingress-nginx's defaults: `proxy-next-upstream: "error timeout"`, `proxy-next-upstream-tries: 3`;
     * fact 4.8 notes that `service-upstream` turns it off). A refused connection carried no request,
     * so nginx retries it whatever the method; a request reset after it was sent is retried by nginx
     * only if it is idempotent, which this model does not tell apart, so it retries none of those.
     * The app's own 503 is not retried (`http_503` is not in the default list). Default false.
     */
    retryRefused?: boolean;
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
  /**
   * "full" (the default): every frame lists each pod. "summary": frames list no pods but count them
   * by revision and phase in `podSummary`, which keeps a run of a thousand pods small.
   */
  podDetail?: "full" | "summary";
}

/** The pods of one revision in one phase, counted. */
export interface PodSummary {
  revision: Revision;
  phase: Exclude<PodPhase, "gone">;
  count: number;
  ready: number;
  available: number;
  serving: number;
  inEndpoints: number;
  restarts: number;
}

/**
 * Where a pod stands from Kubernetes' point of view. `serving` on the snapshot says whether the
 * app can really answer, which is the whole point: a pod can be "ready" and not serving.
 * - starting: created, no process yet (image pull, container start)
 * - running-not-serving: process running, pod not Ready, so the Service does not route to it
 * - ready: pod Ready (it may still be unable to serve)
 * - terminating: deleted, shutting down
 * - restarting: failed its liveness probe: being stopped, in back-off, or starting again
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
  /**
   * Answered with an error, or refused: the app's own 503 (counted again in `appErrors`), or no app
   * listening where the request went. Behind an ingress that is a 502 (the pod refused the
   * connection) or a 503 (no pod in its list); behind an L4 balancer the client's connection is refused.
   */
  failed: number;
  /** Of `failed`: the app itself answered 503 (it cannot reach its database). Passes through an ingress unchanged. */
  appErrors: number;
  /** Reset: the pod's process ended with the request in flight (behind an ingress, the client gets a 502). */
  reset: number;
}

/** Why the first failed request of a burst failed. */
export type FailureCause = "app-error" | "refused" | "no-endpoints" | "reset";

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
  /** Every pod, or none when the run was asked for a summary (see `podSummary`). */
  pods: PodSnapshot[];
  /** With `podDetail: "summary"`: the pods counted by revision and phase, gone ones left out. */
  podSummary?: PodSummary[];
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
  | "connection-reset";

/** Narration: one event per transition, never one per request. */
export type SimEvent =
  | { t: number; kind: "rollout-started" | "rollout-reported-done" | "progress-deadline-exceeded" }
  | { t: number; kind: "db-outage-start" | "db-outage-end" }
  | { t: number; kind: "first-failure"; cause: FailureCause }
  | { t: number; kind: "failures-stopped"; failed: number; appErrors: number; reset: number }
  | { t: number; kind: "pod-created"; pod: string; revision: Revision }
  | { t: number; kind: "old-pod-terminating"; pod: string }
  | { t: number; kind: PodEventKind; pod: string }
  /** The process ended; `reset` requests were in flight and are reset (0: a clean exit). */
  | { t: number; kind: "process-exited" | "sigkilled"; pod: string; reset: number }
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
  /** Of `failed`, the app's own 503s. */
  appErrors: number;
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
