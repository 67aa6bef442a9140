// The benchmark's report: markdown tables (printed, and written into the README with --readme) and the
// list of budgets a run does not meet: absolute targets, and the comparison with the peer, a Starlight site
// of a lesson of the same length measured in the same run.

export const budgets = {
  score: 100,
  lcpMs: 1100,
  tbtMs: 50,
  cls: 0.01,
  scriptBytes: 60 * 1024,
  styleBytes: 20 * 1024,
  interactionMs: 100,
  simMs: 10,
  // Beside the peer, in one run: quiet TBT and LCP no more than the peer's, busy TBT and script transferred
  // no more than twice the peer's.
  peer: { quietTbt: 1, quietLcp: 1, busyTbt: 2, script: 2 },
  describe: "capstone at every altitude: performance 100, LCP ≤ 1.1 s, TBT ≤ 50 ms, CLS ≤ 0.01 (quiet); beside Starlight in the same run, TBT and LCP ≤ Starlight's (quiet), TBT ≤ 2 × Starlight's (busy), script transferred ≤ 2 × Starlight's; every page: first-load JS ≤ 60 KB and CSS ≤ 20 KB gzip; under 4x CPU throttling, answers ≤ 100 ms, the new text after switching altitude or moving to the next piece ≤ 150 ms, and no task over 50 ms while the capstone loads; simulation median < 10 ms; no high or critical advisory in production dependencies",
};

export const peerLabel = "Starlight";

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const ms = (v) => `${Math.round(v)} ms`;

const modeTitle = {
  quiet: "Quiet (the machine as it is, nothing of the bench's own beside it)",
  busy: "Busy (`node scripts/bench/spin.mjs` beside it: one process computing without a pause, one core fully busy)",
};

const capstones = (r) => [...new Set(Object.values(r.lighthouse).flatMap((byPage) => Object.keys(byPage)))].filter((name) => name.startsWith("capstone"));

// Figures are compared as the tables show them: TBT to the millisecond, LCP to 10 ms, bytes to 0.1 KB.
const shown = { tbt: (v) => Math.round(v), lcp: (v) => Math.round(v / 10), script: (v) => Math.round((v / 1024) * 10) };

/**
 * The capstone against the peer: for each altitude and each budget, the app's figure, the limit (a multiple of
 * the peer's figure from the same run) and whether it is met; null where the run did not measure it.
 */
export function peerComparison(r) {
  const peerIn = (mode) => r.lighthouse[mode]?.[peerLabel];
  const checks = [
    { key: "quietTbt", label: "TBT, quiet", mode: "quiet", figure: "tbt", format: ms },
    { key: "quietLcp", label: "LCP, quiet", mode: "quiet", figure: "lcp", format: seconds },
    { key: "busyTbt", label: "TBT, busy", mode: "busy", figure: "tbt", format: ms },
    // The same bytes go over the wire in both modes; the quiet run's are taken when there is one.
    { key: "script", label: "script transferred", mode: r.lighthouse.quiet ? "quiet" : "busy", figure: "script", format: kb },
  ];
  return checks.map((c) => {
    const factor = budgets.peer[c.key];
    const base = peerIn(c.mode)?.[c.figure];
    const limit = Number.isFinite(base) ? base * factor : null;
    const rows = capstones(r).map((name) => {
      const value = r.lighthouse[c.mode]?.[name]?.[c.figure];
      if (limit === null || !Number.isFinite(value)) return { name, value: null, met: null };
      return { name, value, met: shown[c.figure](value) <= shown[c.figure](limit) };
    });
    return { ...c, factor, base, limit, rows };
  });
}

function lighthouseTable(r, mode) {
  const lines = [];
  const load = r.load?.[mode];
  lines.push(`${modeTitle[mode]}${load ? `; load average ${load.avg.toFixed(2)} on ${load.cpus} cores when it began` : ""}:`);
  lines.push("");
  lines.push("| page | score | FCP | LCP | TBT | CLS | transferred | of which script | first-load JS (gzip) | first-load CSS (gzip) |");
  lines.push("|---|---|---|---|---|---|---|---|---|---|");
  for (const [name, m] of Object.entries(r.lighthouse[mode])) {
    const b = r.bytes[name];
    lines.push(
      `| ${name} | ${Math.round(m.score)} | ${seconds(m.fcp)} | ${seconds(m.lcp)} | ${ms(m.tbt)} | ${m.cls.toFixed(3)} | ${kb(m.transferred)} | ${kb(m.script)} | ${b ? kb(b.script) : "–"} | ${b ? kb(b.style) : "–"} |`,
    );
  }
  return lines;
}

function comparisonTable(r) {
  const checks = peerComparison(r);
  const names = capstones(r);
  const lines = [];
  lines.push(`The capstone beside ${peerLabel}, in this run:`);
  lines.push("");
  lines.push(`| | ${checks.map((c) => c.label).join(" | ")} |`);
  lines.push(`|---|${checks.map(() => "---").join("|")}|`);
  const limit = (c) => (c.limit === null ? "not measured" : c.factor === 1 ? `≤ ${c.format(c.base)}` : `≤ ${c.format(c.limit)} (${c.factor} × ${c.format(c.base)})`);
  lines.push(`| limit, from ${peerLabel} | ${checks.map(limit).join(" | ")} |`);
  for (const name of names) {
    const cells = checks.map((c) => {
      const row = c.rows.find((x) => x.name === name);
      return !row || row.met === null ? "not measured" : `${c.format(row.value)}, ${row.met ? "met" : "not met"}`;
    });
    lines.push(`| ${name} | ${cells.join(" | ")} |`);
  }
  return lines;
}

export function markdownReport(r) {
  const lines = [];
  const modes = (r.modes ?? Object.keys(r.lighthouse)).filter((mode) => r.lighthouse[mode]);
  lines.push(
    `Run ${r.at.slice(0, 16).replace("T", " ")} UTC with \`npm run bench\`: median of ${r.runs} Lighthouse runs per page (mobile, simulated throttling), Chromium \`${r.chromium}\`, ${modes.join(" then ")}.`,
  );
  lines.push(
    r.peer?.page
      ? `${peerLabel}: the lesson page (\`${r.peer.page}\`, ${r.peer.words} words) of a build of \`${r.peer.display ?? r.peer.source}\`, served by the same server beside the app; each round measured it, then each page of the app.`
      : `${peerLabel}: not measured, ${r.peer?.problem ?? "no peer given"}.`,
  );
  for (const mode of modes) {
    lines.push("");
    lines.push(...lighthouseTable(r, mode));
  }
  if (r.peer?.page) {
    lines.push("");
    lines.push(...comparisonTable(r));
  }
  lines.push("");
  if (r.interaction) {
    lines.push("| interaction, CPU throttled 4x | median | runs | budget |");
    lines.push("|---|---|---|---|");
    for (const [name, v] of Object.entries(r.interaction))
      lines.push(`| ${name} | ${ms(v.median)} | ${v.runs.map((t) => Math.round(t)).join(", ")} ms | ${v.budgeted === false ? "reported" : ms(v.budget ?? budgets.interactionMs)} |`);
  } else {
    lines.push("Interaction latency: the measurement (e2e/interaction.spec.ts) failed; see the output above.");
  }
  lines.push("");
  const sim = r.sim.rows.map((row) => `${row.median.toFixed(2)} ms (${row.balancer})`).join(", ");
  lines.push(`Simulation engine (\`npx tsx scripts/bench-sim.ts\`): median ${sim || "not measured"} for ten minutes of a 10-replica rollout at 100 requests/s.`);
  const counts = r.audit.counts;
  lines.push(
    counts
      ? `\`npm audit --omit=dev --audit-level=high\`: exit ${r.audit.code}, ${counts.total ?? 0} advisories (${counts.high ?? 0} high, ${counts.critical ?? 0} critical).`
      : `\`npm audit --omit=dev --audit-level=high\`: not checked, npm got no answer from the advisory database (exit ${r.audit.code}: ${r.audit.summary}).`,
  );
  return lines.join("\n");
}

export function budgetFailures(r) {
  const out = [];
  // The absolute Lighthouse targets are for a quiet machine; a run with --busy alone does not check them.
  for (const [name, m] of Object.entries(r.lighthouse.quiet ?? {})) {
    if (name.startsWith("capstone")) {
      if (Math.round(m.score) < budgets.score) out.push(`${name}: performance ${Math.round(m.score)} < ${budgets.score}`);
      if (m.lcp > budgets.lcpMs) out.push(`${name}: LCP ${seconds(m.lcp)} > ${seconds(budgets.lcpMs)}`);
      if (m.tbt > budgets.tbtMs) out.push(`${name}: TBT ${ms(m.tbt)} > ${ms(budgets.tbtMs)}`);
      if (m.cls > budgets.cls) out.push(`${name}: CLS ${m.cls.toFixed(3)} > ${budgets.cls}`);
    }
  }
  if (r.peer?.page) {
    for (const c of peerComparison(r)) {
      if (c.limit === null) out.push(`${c.label} beside ${peerLabel}: not measured in this run`);
      for (const row of c.rows) if (row.met === false) out.push(`${row.name}: ${c.label} ${c.format(row.value)} > ${c.format(c.limit)}${c.factor === 1 ? ` (${peerLabel}'s)` : ` (${c.factor} × ${peerLabel}'s ${c.format(c.base)})`}`);
    }
  } else {
    out.push(`comparison with ${peerLabel}: not measured (${r.peer?.problem ?? "no peer given"})`);
  }
  for (const [name, b] of Object.entries(r.bytes)) {
    if (b.script > budgets.scriptBytes) out.push(`${name}: first-load JS ${kb(b.script)} > ${kb(budgets.scriptBytes)}`);
    if (b.style > budgets.styleBytes) out.push(`${name}: first-load CSS ${kb(b.style)} > ${kb(budgets.styleBytes)}`);
  }
  if (!r.interaction) out.push("interaction latency: not measured");
  for (const [name, v] of Object.entries(r.interaction ?? {})) if (v.budgeted !== false && v.median > (v.budget ?? budgets.interactionMs)) out.push(`${name}: ${ms(v.median)} > ${ms(v.budget ?? budgets.interactionMs)} under 4x CPU throttling`);
  for (const row of r.sim.rows) if (row.median >= budgets.simMs) out.push(`simulation (${row.balancer}): ${row.median} ms ≥ ${budgets.simMs} ms`);
  if (r.sim.code !== 0 && r.sim.rows.length === 0) out.push("simulation engine: not measured");
  if (r.audit.code !== 0) out.push(r.audit.counts ? `npm audit: exit ${r.audit.code} (${r.audit.summary})` : `npm audit: not checked, npm could not get an answer (${r.audit.summary})`);
  return out;
}
