// Lighthouse from npm, its default mobile run (Moto G Power-class screen, simulated slow 4G and 4x CPU),
// repeated, with the median of each figure: runs vary, and one run proves little.
import lighthouse from "lighthouse";

export const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function figures(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const scripts = lhr.audits["resource-summary"]?.details?.items?.find((i) => i.resourceType === "script");
  return {
    score: (lhr.categories.performance?.score ?? Number.NaN) * 100,
    fcp: audit("first-contentful-paint"),
    lcp: audit("largest-contentful-paint"),
    tbt: audit("total-blocking-time"),
    cls: audit("cumulative-layout-shift"),
    transferred: audit("total-byte-weight"),
    script: scripts?.transferSize ?? Number.NaN,
  };
}

/** Runs Lighthouse `runs` times against `url` in the Chromium at `port`: every run's figures, their medians, the last full report. */
export async function measurePage(url, { port, runs, log = () => {} }) {
  const all = [];
  let last = null;
  let failures = 0;
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(url, { port, logLevel: "error", output: "json", onlyCategories: ["performance"] });
    const lhr = result?.lhr;
    const problem = !lhr ? "no report" : lhr.runtimeError ? `${lhr.runtimeError.code} ${lhr.runtimeError.message}` : null;
    if (problem) {
      // Tracing now and then fails on a busy machine (NO_NAVSTART); such a run is repeated, a few times at most.
      failures += 1;
      log(`  run ${i + 1}/${runs} failed (${problem}); repeating it`);
      if (failures > 3) throw new Error(`Lighthouse could not measure ${url}: ${problem}`);
      i -= 1;
      continue;
    }
    for (const warning of lhr.runWarnings ?? []) log(`  warning: ${warning}`);
    const f = figures(lhr);
    all.push(f);
    last = lhr;
    log(`  run ${i + 1}/${runs}: score ${f.score.toFixed(0)}, LCP ${f.lcp.toFixed(0)} ms, TBT ${f.tbt.toFixed(0)} ms, CLS ${f.cls.toFixed(3)}`);
  }
  const medians = Object.fromEntries(Object.keys(all[0]).map((k) => [k, median(all.map((f) => f[k]))]));
  return { runs: all, medians, last };
}
