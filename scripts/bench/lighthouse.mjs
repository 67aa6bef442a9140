// Lighthouse from npm, its default mobile run (Moto G Power-class screen, simulated slow 4G and 4x CPU),
// one run at a time, so that the benchmark can interleave pages; the medians of each figure are taken
// over the runs afterwards: runs vary, and one run proves little.
import lighthouse from "lighthouse";

export const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// Both byte counts are Lighthouse's network records of the page's own target, everything until the network
// went quiet: a service worker's fetches (the app's precache) are another target, which Lighthouse does not
// record. A script written inline in the HTML counts as the document, not as script.
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

/** One Lighthouse run against `url` in the Chromium at `port`: its figures and the full report. */
export async function measureOnce(url, { port, log = () => {} }) {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(url, { port, logLevel: "error", output: "json", onlyCategories: ["performance"] });
    const lhr = result?.lhr;
    const problem = !lhr ? "no report" : lhr.runtimeError ? `${lhr.runtimeError.code} ${lhr.runtimeError.message}` : null;
    if (!problem) {
      for (const warning of lhr.runWarnings ?? []) log(`  warning: ${warning}`);
      return { figures: figures(lhr), lhr };
    }
    // Tracing now and then fails on a busy machine (NO_NAVSTART); such a run is repeated, a few times at most.
    if (attempt > 3) throw new Error(`Lighthouse could not measure ${url}: ${problem}`);
    log(`  failed (${problem}); repeating it`);
  }
}

/** The median of each figure over a page's runs. */
export function medians(runs) {
  return Object.fromEntries(Object.keys(runs[0] ?? {}).map((k) => [k, median(runs.map((f) => f[k]))]));
}
