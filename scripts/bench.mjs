// npm run bench: builds the site, serves it on loopback beside a Starlight site of a lesson of the same length
// (the peer), and prints what a learner on a mid-range phone gets: Lighthouse medians (mobile, simulated
// throttling) for the peer's lesson, the climb, the capstone at each altitude and the review, on a quiet
// machine and again with a CPU-bound process beside it; how the capstone compares with the peer; first-load
// bytes of each page from the build; interaction latency under 4x CPU throttling (e2e/interaction.spec.ts);
// the simulation engine's benchmark; and `npm audit` of production dependencies.
//
// Usage: node scripts/bench.mjs [--runs 5] [--out .bench/dist] [--no-build] [--readme]
//                               [--quiet | --busy] [--peer DIR] [--rebuild-peer]
//   --readme writes the tables into README.md between the bench markers of the "Budgets" section.
//   --quiet measures on the machine as it is only, --busy only with scripts/bench/spin.mjs beside it; by default both.
//   --peer DIR is the Starlight project to compare with (default ../shared/peers/starlight); when it is missing,
//   the app is measured alone. Its build is kept in .bench/peer-starlight and reused until its files change,
//   or --rebuild-peer.
// The build goes to .bench/dist (not dist), so that a benchmark never swaps the files under a running test server.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { firstLoad } from "./first-load.mjs";
import { launchChromium } from "./bench/chromium.mjs";
import { measureOnce, medians } from "./bench/lighthouse.mjs";
import { preparePeer } from "./bench/peer.mjs";
import { run, start, stop } from "./bench/processes.mjs";
import { budgets, budgetFailures, markdownReport, peerLabel } from "./bench/report.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] && !args[i + 1].startsWith("--") ? args[i + 1] : fallback;
};
const runs = Math.max(1, Number(option("runs", "5")));
const out = option("out", path.join(".bench", "dist"));
const benchDir = path.dirname(path.resolve(out));
const peerSource = path.resolve(option("peer", path.join("..", "shared", "peers", "starlight")));
const peerDir = path.resolve(".bench", "peer-starlight");
const only = (flag) => args.includes(flag);
const modes = only("--quiet") === only("--busy") ? ["quiet", "busy"] : only("--busy") ? ["busy"] : ["quiet"];
const started = Date.now();
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

/** Starts a static server (scripts/serve.mjs, or a script that runs it) for `dir` on `port`. */
async function serve(script, dir, port) {
  const child = start(process.execPath, [script, "--port", String(port), "--dir", dir], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise((resolve, reject) => {
    child.stdout.on("data", (d) => String(d).includes("serving") && resolve());
    child.on("exit", (code) => reject(new Error(`${script} exited with ${code}`)));
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

// 2. The peer: built once into .bench/peer-starlight, reused while its files stay the same.
let peer = null;
let peerProblem = null;
try {
  peer = await preparePeer({ source: peerSource, dir: peerDir, rebuild: args.includes("--rebuild-peer"), log });
  if (!peer) peerProblem = `there is no peer at ${peerSource}`;
} catch (error) {
  peerProblem = `the peer at ${peerSource} could not be built: ${error instanceof Error ? error.message : String(error)}`;
}
if (peerProblem) log(`bench: ${peerProblem}; measuring the app alone, without a ${peerLabel} column`);

// 3. First-load bytes from the build, the same count the budget test makes.
const bytes = Object.fromEntries(measured.map((p) => [p.name, firstLoad(readFileSync(htmlFor(p.path), "utf8"), dist)]));

// 4. Lighthouse, on loopback, in the tests' Chromium: the peer on a port of its own beside the app, served by the
// same server. Each round measures the peer's lesson, then each of the app's pages, so that both see the same
// machine; each run starts with nothing stored. Busy rounds run with scripts/bench/spin.mjs keeping one core busy.
const appPort = await freePort();
const servers = [await serve("scripts/serve.mjs", out, appPort)];
const targets = measured.map((p) => ({ name: p.name, url: `http://127.0.0.1:${appPort}${p.path}` }));
if (peer) {
  const peerPort = await freePort();
  servers.push(await serve("scripts/bench/serve-peer.mjs", peer.dist, peerPort));
  targets.unshift({ name: peerLabel, url: `http://127.0.0.1:${peerPort}${peer.page.path}` });
}
const origins = [...new Set(targets.map((t) => new URL(t.url).origin))];
const chromium = await launchChromium();
const lighthouseRuns = {};
const lastReports = {};
const load = {};
try {
  for (const mode of modes) {
    lighthouseRuns[mode] = Object.fromEntries(targets.map((t) => [t.name, []]));
    load[mode] = { avg: loadavg()[0], cpus: availableParallelism() };
    const spinner = mode === "busy" ? start(process.execPath, ["scripts/bench/spin.mjs"], { stdio: "ignore" }) : null;
    const began = Date.now();
    try {
      log(`Lighthouse, ${mode}${spinner ? ` (scripts/bench/spin.mjs beside it, pid ${spinner.pid})` : ""}: ${runs} rounds of ${targets.map((t) => t.name).join(", ")}, in ${chromium.executable} …`);
      for (let round = 1; round <= runs; round++) {
        for (const target of targets) {
          await chromium.clearOrigins(origins);
          const { figures, lhr } = await measureOnce(target.url, { port: chromium.port, log });
          lighthouseRuns[mode][target.name].push(figures);
          lastReports[`${mode === "busy" ? "busy-" : ""}${target.name}`] = lhr;
          log(`  ${mode} ${round}/${runs} ${target.name}: score ${figures.score.toFixed(0)}, LCP ${figures.lcp.toFixed(0)} ms, TBT ${figures.tbt.toFixed(0)} ms, script ${(figures.script / 1024).toFixed(1)} KB`);
        }
      }
      log(`  ${mode}: ${runs * targets.length} runs in ${((Date.now() - began) / 60000).toFixed(1)} min`);
    } finally {
      if (spinner) await stop(spinner);
    }
  }
} finally {
  await chromium.close();
  for (const server of servers) await stop(server);
}

// 5. Interaction latency under 4x CPU throttling, from the e2e measurement.
log("interaction latency (e2e/interaction.spec.ts) …");
mkdirSync(benchDir, { recursive: true });
const interactionFile = path.join(benchDir, "interaction.json");
rmSync(interactionFile, { force: true });
const e2ePort = await freePort();
const interactionRun = await run("npx", ["playwright", "test", "e2e/interaction.spec.ts", "--no-deps", "--workers", "1", "--reporter", "line"], {
  env: { E2E_DIST: out, E2E_PORT: String(e2ePort), INTERACTION_REPORT: interactionFile },
});
// The figures are written even when an asserted budget fails; only a run that measured nothing has none.
const interaction = existsSync(interactionFile) ? JSON.parse(readFileSync(interactionFile, "utf8")) : null;
if (interactionRun.code !== 0) log(`e2e/interaction.spec.ts did not pass:\n${interactionRun.stdout.slice(-3000)}`);

// 6. The simulation engine's own benchmark.
log("simulation engine (scripts/bench-sim.ts) …");
const sim = await run("npx", ["tsx", "scripts/bench-sim.ts"]);
const simRows = [...sim.stdout.matchAll(/^(L\d)\s+(\d+)\s+([\d.]+)\s+([\d.]+)/gm)].map((m) => ({ balancer: m[1], requests: Number(m[2]), median: Number(m[3]), p90: Number(m[4]) }));

// 7. Production dependencies against the advisory database.
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

const mapModes = (f) => Object.fromEntries(Object.entries(lighthouseRuns).map(([mode, byPage]) => [mode, Object.fromEntries(Object.entries(byPage).map(([name, r]) => [name, f(r)]))]));
const results = {
  at: new Date().toISOString(),
  runs,
  modes,
  chromium: chromium.executable,
  peer: peer
    ? { label: peerLabel, source: peerSource, display: path.relative(process.cwd(), peerSource), page: peer.page.path, words: peer.page.words, built: peer.built, hash: peer.hash }
    : { label: peerLabel, source: peerSource, problem: peerProblem },
  load,
  lighthouse: mapModes(medians),
  lighthouseRuns,
  bytes: Object.fromEntries(Object.entries(bytes).map(([k, v]) => [k, { script: v.script, style: v.style }])),
  interaction,
  sim: { code: sim.code, rows: simRows },
  audit: { code: audit.code, counts: auditCounts, summary: auditSummary(audit) },
  seconds: Math.round((Date.now() - started) / 1000),
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
log(`bench: done in ${Math.round((Date.now() - started) / 60000)} min`);

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
