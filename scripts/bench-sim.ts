// Times the rollout engine. Default: its heaviest everyday job, ten minutes of a 10-replica rollout
// at 100 requests/s, against a 10 ms budget (`npx tsx scripts/bench-sim.ts`; exits 1 over budget).
// `--scale`: how the cost grows with replicas, request rate and simulated time, up to a sandbox's
// 1,000 replicas at 10,000 requests/s for an hour, which must finish under 2 s behind the default
// L7 ingress (`npx tsx scripts/bench-sim.ts --scale [--runs N]`; exits 1 if that case misses).
// `--both` adds the same table behind an L4 balancer, reported against the budget but not held to it.

import { defaultProbe, defaultSimConfig, simulate, type SimConfig, type SimOptions } from "../src/sim/index";

const BUDGET_MS = 10;
const WARM_UP_RUNS = 10;
const MEASURED_RUNS = 50;
const DURATION_SECONDS = 600;
const SCALE_BUDGET_MS = 2000;

function benchConfig(balancer: "L4" | "L7"): SimConfig {
  const config = defaultSimConfig();
  return {
    ...config,
    replicas: 10,
    strategy: { maxSurge: 1, maxUnavailable: 0 },
    pod: { processStartSeconds: 10, appReadySeconds: 20, startJitterSeconds: 2 },
    readinessProbe: defaultProbe(true),
    termination: { ...config.termination, preStopSleepSeconds: 5 },
    network: { ...config.network, balancer },
    traffic: { requestsPerSecond: 100, requestSeconds: 0.2, dependencyShare: 1 },
  };
}

/** A learner's own Deployment at size: default strategy, a readiness probe on the database, a preStop sleep. */
export function scaleConfig(replicas: number, requestsPerSecond: number, balancer: "L4" | "L7" = "L7"): SimConfig {
  const config = defaultSimConfig();
  return {
    ...config,
    replicas,
    strategy: { maxSurge: "25%", maxUnavailable: "25%" },
    pod: { processStartSeconds: 10, appReadySeconds: 20, startJitterSeconds: 2 },
    readinessProbe: defaultProbe(true),
    termination: { ...config.termination, preStopSleepSeconds: 5 },
    network: { ...config.network, balancer, clientConnections: Math.min(100_000, Math.max(200, replicas * 20)) },
    traffic: { requestsPerSecond, requestSeconds: 0.2, dependencyShare: 0.5 },
    rolloutStartSeconds: 30,
  };
}

/** Frames every few seconds on long runs, and pod lists summarised past 100 pods. */
export function scaleOptions(replicas: number, durationSeconds: number): SimOptions {
  return {
    durationSeconds,
    sampleEverySeconds: Math.max(1, Math.ceil(durationSeconds / 720)),
    podDetail: replicas > 100 ? "summary" : "full",
  };
}

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

function timeRuns(run: () => { summary: { totalRequests: number } }, warmUp: number, runs: number): { median: number; p90: number; requests: number } {
  let requests = 0;
  for (let i = 0; i < warmUp; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    requests = run().summary.totalRequests;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p90: percentile(times, 0.9), requests };
}

function everyday(): void {
  const rows = (["L7", "L4"] as const).map((balancer) => ({
    balancer,
    ...timeRuns(() => simulate(benchConfig(balancer), { durationSeconds: DURATION_SECONDS }), WARM_UP_RUNS, MEASURED_RUNS),
  }));
  console.log(`simulate(): ${DURATION_SECONDS} s, 10 replicas, 100 requests/s, ${MEASURED_RUNS} runs after ${WARM_UP_RUNS} warm-up`);
  console.log("balancer  requests  median ms  p90 ms");
  for (const row of rows) {
    console.log(`${row.balancer.padEnd(8)}  ${String(row.requests).padStart(8)}  ${row.median.toFixed(2).padStart(9)}  ${row.p90.toFixed(2).padStart(6)}`);
  }
  const worst = Math.max(...rows.map((row) => row.median));
  if (worst >= BUDGET_MS) {
    console.error(`FAIL: median ${worst.toFixed(2)} ms is not under the ${BUDGET_MS} ms budget`);
    process.exit(1);
  }
  console.log(`ok: every median is under the ${BUDGET_MS} ms budget`);
}

function scale(runs: number, balancers: readonly ("L4" | "L7")[]): void {
  console.log(`simulate() at scale: median of ${runs} runs after 1 warm-up; frames every ceil(duration/720) s; pod lists summarised above 100 replicas`);
  console.log("balancer  replicas    rps  duration s    requests  frames  median ms  p90 ms");
  let largest = 0;
  for (const balancer of balancers) {
    for (const duration of [300, 3600]) {
      for (const replicas of [10, 100, 1000]) {
        for (const rps of [100, 1000, 10_000]) {
          const config = scaleConfig(replicas, rps, balancer);
          const options = scaleOptions(replicas, duration);
          let frames = 0;
          const row = timeRuns(() => {
            const result = simulate(config, options);
            frames = result.frames.length;
            return result;
          }, 1, runs);
          console.log(
            `${balancer.padEnd(8)}  ${String(replicas).padStart(8)}  ${String(rps).padStart(5)}  ${String(duration).padStart(10)}  ${String(row.requests).padStart(10)}  ${String(frames).padStart(6)}  ${row.median.toFixed(1).padStart(9)}  ${row.p90.toFixed(1).padStart(6)}`,
          );
          const isLargest = replicas === 1000 && rps === 10_000 && duration === 3600;
          if (isLargest && balancer === "L7") largest = row.median;
          if (isLargest && balancer === "L4" && row.median >= SCALE_BUDGET_MS) {
            console.log(`note: behind L4 the largest run takes ${row.median.toFixed(0)} ms, over the ${SCALE_BUDGET_MS} ms budget`);
          }
        }
      }
    }
  }
  if (!balancers.includes("L7")) return;
  if (largest >= SCALE_BUDGET_MS) {
    console.error(`FAIL: the 1,000 × 10,000 × 3,600 s run takes ${largest.toFixed(0)} ms, not under ${SCALE_BUDGET_MS} ms`);
    process.exit(1);
  }
  console.log(`ok: behind L7, the 1,000 replicas × 10,000 requests/s × 3,600 s run is under ${SCALE_BUDGET_MS} ms`);
}

const args = process.argv.slice(2);
const isMain = import.meta.url === `file://${process.argv[1]}`;
if (!isMain) {
  // Imported for its configs (a test or a profile): run nothing.
} else if (args.includes("--scale")) {
  const at = args.indexOf("--runs");
  const runs = at >= 0 ? Number(args[at + 1]) : 3;
  const only = args.includes("--l4") ? (["L4"] as const) : args.includes("--both") ? (["L7", "L4"] as const) : (["L7"] as const);
  scale(Number.isInteger(runs) && runs > 0 ? runs : 3, only);
} else {
  everyday();
}
