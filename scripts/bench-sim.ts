// Times the rollout engine on its heaviest everyday job: ten minutes of a 10-replica rollout at
// 100 requests/s. Run with `npx tsx scripts/bench-sim.ts`; exits 1 if the median reaches the budget.

import { defaultProbe, defaultSimConfig, simulate, type SimConfig } from "../src/sim/index";

const BUDGET_MS = 10;
const WARM_UP_RUNS = 10;
const MEASURED_RUNS = 50;
const DURATION_SECONDS = 600;

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

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

function measure(config: SimConfig): { median: number; p90: number; requests: number } {
  let requests = 0;
  for (let i = 0; i < WARM_UP_RUNS; i++) simulate(config, { durationSeconds: DURATION_SECONDS });
  const times: number[] = [];
  for (let i = 0; i < MEASURED_RUNS; i++) {
    const start = performance.now();
    const result = simulate(config, { durationSeconds: DURATION_SECONDS });
    times.push(performance.now() - start);
    requests = result.summary.totalRequests;
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p90: percentile(times, 0.9), requests };
}

const rows = (["L7", "L4"] as const).map((balancer) => ({ balancer, ...measure(benchConfig(balancer)) }));

console.log(`simulate(): ${DURATION_SECONDS} s, 10 replicas, 100 requests/s, ${MEASURED_RUNS} runs after ${WARM_UP_RUNS} warm-up`);
console.log("balancer  requests  median ms  p90 ms");
for (const row of rows) {
  console.log(
    `${row.balancer.padEnd(8)}  ${String(row.requests).padStart(8)}  ${row.median.toFixed(2).padStart(9)}  ${row.p90.toFixed(2).padStart(6)}`,
  );
}

const worst = Math.max(...rows.map((row) => row.median));
if (worst >= BUDGET_MS) {
  console.error(`FAIL: median ${worst.toFixed(2)} ms is not under the ${BUDGET_MS} ms budget`);
  process.exit(1);
}
console.log(`ok: every median is under the ${BUDGET_MS} ms budget`);
