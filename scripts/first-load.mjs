// First-load bytes of a prerendered page, read from the build output: every script a page loads before a
// learner asks for anything, and its stylesheets, gzip level 9. That is the entry script; what it imports at
// start (src/app/entry-client.ts imports the app once the text is painted); the modules the prerenderer listed
// for the page in `data-modules`; and everything those import statically.
// Shared by the byte-budget test (e2e/budget.spec.ts) and the benchmark (scripts/bench.mjs).
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** Every HTML page of a build, the assets folder aside. */
export function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "assets" ? [] : htmlFiles(full);
    return name.endsWith(".html") ? [full] : [];
  });
}

function staticImports(file, seen) {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(file, "utf8");
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
    staticImports(path.join(path.dirname(file), m[1] ?? ""), seen);
  }
}

/** Bytes (gzip) of script and style a page loads before anything is asked for; `files` lists the scripts. */
export function firstLoad(html, dist) {
  const assetPath = (ref) => path.join(dist, "assets", ref.split("/assets/")[1] ?? "");
  const manifest = JSON.parse(readFileSync(path.join(dist, ".vite", "manifest.json"), "utf8"));
  const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
  const startedByEntry = (entry?.dynamicImports ?? []).map((key) => manifest[key]?.file).filter(Boolean);
  const scripts = new Set();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) staticImports(assetPath(m[1] ?? ""), scripts);
  for (const file of startedByEntry) staticImports(path.join(dist, file), scripts);
  for (const m of html.matchAll(/data-modules="([^"]+)"/g)) for (const ref of (m[1] ?? "").split(" ")) staticImports(assetPath(ref), scripts);
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => assetPath(m[1] ?? ""));
  const gz = (files) => [...files].reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  return { script: gz(scripts), style: gz(styles), files: [...scripts] };
}
