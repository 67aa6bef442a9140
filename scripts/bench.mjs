// npm run bench: builds the site, serves it on loopback, and prints what a learner on a mid-range phone gets:
// Lighthouse medians (mobile, simulated throttling) for the climb, the capstone at each altitude and the
// review; first-load bytes of each page from the build; interaction latency under 4x CPU throttling
// (e2e/interaction.spec.ts); the simulation engine's benchmark; and `npm audit` of production dependencies.
//
// Usage: node scripts/bench.mjs [--runs 5] [--out .bench/dist] [--no-build] [--readme]
//   --readme writes the tables into README.md between the bench markers of the "Budgets" section.
// The build goes to .bench/dist (not dist), so that a benchmark never swaps the files under a running test server.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { firstLoad } from "./first-load.mjs";
import { launchChromium } from "./bench/chromium.mjs";
import { measureOnce, medians } from "./bench/lighthouse.mjs";
import { run, start, stop } from "./bench/processes.mjs";
import { budgets, budgetFailures, markdownReport } from "./bench/report.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] && !args[i + 1].startsWith("--") ? args[i + 1] : fallback;
};
const runs = Math.max(1, Number(option("runs", "5")));
const out = option("out", path.join(".bench", "dist"));
const benchDir = path.dirname(path.resolve(out));
const log = (line) => console.error(line);

const pages = [
  { name: "climb", path: "/" },
  { name: "capstone junior", path: "/deployment-and-infra/capstone/junior" },
  { name: "capstone middle", path: "/deployment-and-infra/capstone/middle" },
  { name: "capstone senior", path: "/deployment-and-infra/capstone/senior" },
  { name: "review", path: "/deployment-and-infra/review", optional: true },
];

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function serve(dir, port) {
  const child = start(process.execPath, ["scripts/serve.mjs", "--port", String(port), "--dir", dir], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise((resolve, reject) => {
    child.stdout.on("data", (d) => String(d).includes("serving") && resolve());
    child.on("exit", (code) => reject(new Error(`scripts/serve.mjs exited with ${code}`)));
  });
  return child;
}

// 1. Build.
if (!args.includes("--no-build")) {
  log(`building into ${out} …`);
  const built = await run(process.execPath, ["scripts/build.mjs", "--out", out], { env: { CI: "1" } });
  if (built.code !== 0) {
    console.error(built.stdout, built.stderr);
    console.error("bench: the build failed");
    process.exit(1);
  }
}
const dist = path.resolve(out);
const htmlFor = (p) => path.join(dist, p === "/" ? "index.html" : path.join(p, "index.html"));
const measured = pages.filter((p) => existsSync(htmlFor(p.path)) || !p.optional);

// 2. First-load bytes from the build, the same count the budget test makes.
const bytes = Object.fromEntries(measured.map((p) => [p.name, firstLoad(readFileSync(htmlFor(p.path), "utf8"), dist)]));

// 3. Lighthouse, on loopback, in the tests' Chromium. Each round measures every page once, so that a page's
// runs are spread over the whole bench, not taken back to back; each run starts with nothing stored.
const port = await freePort();
const server = await serve(out, port);
const chromium = await launchChromium();
const lighthouseRuns = Object.fromEntries(measured.map((p) => [p.name, []]));
const lastReports = {};
try {
  log(`Lighthouse: ${runs} rounds of ${measured.map((p) => p.name).join(", ")}, in ${chromium.executable} …`);
  for (let round = 1; round <= runs; round++) {
    for (const p of measured) {
      await chromium.clearOrigins([`http://127.0.0.1:${port}`]);
      const { figures, lhr } = await measureOnce(`http://127.0.0.1:${port}${p.path}`, { port: chromium.port, log });
      lighthouseRuns[p.name].push(figures);
      lastReports[p.name] = lhr;
      log(`  ${round}/${runs} ${p.name}: score ${figures.score.toFixed(0)}, LCP ${figures.lcp.toFixed(0)} ms, TBT ${figures.tbt.toFixed(0)} ms, script ${(figures.script / 1024).toFixed(1)} KB`);
    }
  }
} finally {
  await chromium.close();
  await stop(server);
}

// 4. Interaction latency under 4x CPU throttling, from the e2e measurement.
log("interaction latency (e2e/interaction.spec.ts) …");
mkdirSync(benchDir, { recursive: true });
const interactionFile = path.join(benchDir, "interaction.json");
rmSync(interactionFile, { force: true });
const e2ePort = await freePort();
const interactionRun = await run("npx", ["playwright", "test", "e2e/interaction.spec.ts", "--workers", "1", "--reporter", "line"], {
  env: { E2E_DIST: out, E2E_PORT: String(e2ePort), INTERACTION_REPORT: interactionFile },
});
// The figures are written even when an asserted budget fails; only a run that measured nothing has none.
const interaction = existsSync(interactionFile) ? JSON.parse(readFileSync(interactionFile, "utf8")) : null;
if (interactionRun.code !== 0) log(`e2e/interaction.spec.ts did not pass:\n${interactionRun.stdout.slice(-3000)}`);

// 5. The simulation engine's own benchmark.
log("simulation engine (scripts/bench-sim.ts) …");
const sim = await run("npx", ["tsx", "scripts/bench-sim.ts"]);
const simRows = [...sim.stdout.matchAll(/^(L\d)\s+(\d+)\s+([\d.]+)\s+([\d.]+)/gm)].map((m) => ({ balancer: m[1], requests: Number(m[2]), median: Number(m[3]), p90: Number(m[4]) }));

// 6. Production dependencies against the advisory database.
log("npm audit --omit=dev --audit-level=high …");
const audit = await run("npm", ["audit", "--omit=dev", "--audit-level=high"]);
const auditJson = await run("npm", ["audit", "--omit=dev", "--json"]);
let auditCounts = null;
try {
  auditCounts = JSON.parse(auditJson.stdout).metadata?.vulnerabilities ?? null;
} catch {
  // No JSON: the registry could not be reached; the exit code and message below say so.
}

/** npm's own verdict line, or why there is none (an unreachable advisory endpoint is not a clean bill). */
function auditSummary({ stdout, stderr }) {
  const said = `${stdout}\n${stderr}`.split("\n").map((l) => l.trim());
  return (
    said.filter((l) => /found \d+ vulnerabilit|\d+ (low|moderate|high|critical)/.test(l)).pop() ??
    said.filter((l) => /^npm (error|warn) audit|^npm error (?!A complete log)/.test(l)).join("; ") ??
    "no output"
  );
}

const results = {
  at: new Date().toISOString(),
  runs,
  chromium: chromium.executable,
  lighthouse: Object.fromEntries(Object.entries(lighthouseRuns).map(([k, r]) => [k, medians(r)])),
  lighthouseRuns,
  bytes: Object.fromEntries(Object.entries(bytes).map(([k, v]) => [k, { script: v.script, style: v.style }])),
  interaction,
  sim: { code: sim.code, rows: simRows },
  audit: { code: audit.code, counts: auditCounts, summary: auditSummary(audit) },
};
const report = markdownReport(results);
const failures = budgetFailures(results);

writeFileSync(path.join(benchDir, "latest.json"), JSON.stringify(results, null, 2));
// The last full Lighthouse report of each page, to open in the Lighthouse viewer when a figure needs explaining.
for (const [name, lhr] of Object.entries(lastReports)) writeFileSync(path.join(benchDir, `lighthouse-${name.replace(/\W+/g, "-")}.json`), JSON.stringify(lhr));
writeFileSync(path.join(benchDir, "latest.md"), report);
console.log(report);
console.log(failures.length ? `Budgets not met:\n${failures.map((f) => `- ${f}`).join("\n")}` : "Every budget is met.");
console.log(`\n(targets: ${budgets.describe})`);

if (args.includes("--readme")) {
  const readme = readFileSync("README.md", "utf8");
  const start = "<!-- bench:start -->";
  const end = "<!-- bench:end -->";
  if (!readme.includes(start) || !readme.includes(end)) {
    console.error(`bench: README.md has no ${start} … ${end} markers to write between`);
    process.exit(1);
  }
  const before = readme.slice(0, readme.indexOf(start) + start.length);
  const after = readme.slice(readme.indexOf(end));
  writeFileSync("README.md", `${before}\n${report}\n${after}`);
  log("README.md updated");
}
