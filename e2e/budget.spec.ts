// First-load bytes of every prerendered page, read from the build output: what the HTML asks for
// up front (entry script, preloaded chunks, stylesheets) and what those scripts import statically.
import { expect, test } from "@playwright/test";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const dist = path.resolve("dist");
const budgets = { script: 100 * 1024, style: 20 * 1024 };

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "assets" ? [] : htmlFiles(full);
    return name.endsWith(".html") ? [full] : [];
  });
}

function assetPath(ref: string): string {
  return path.join(dist, "assets", ref.split("/assets/")[1] ?? "");
}

function staticImports(file: string, seen: Set<string>) {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(file, "utf8");
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
    staticImports(path.join(path.dirname(file), m[1] ?? ""), seen);
  }
}

export function firstLoad(html: string) {
  const scripts = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) staticImports(assetPath(m[1] ?? ""), scripts);
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) staticImports(assetPath(m[1] ?? ""), scripts);
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => assetPath(m[1] ?? ""));
  const gz = (files: Iterable<string>) => [...files].reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  return { script: gz(scripts), style: gz(styles), files: [...scripts] };
}

test.describe("first-load bytes from the build", () => {
  const pages = htmlFiles(dist);

  test("the build has a page for every address", () => {
    expect(pages.length).toBeGreaterThanOrEqual(6);
  });

  for (const file of pages) {
    const name = path.relative(dist, file);
    test(`${name} loads at most 100 KB of script and 20 KB of style (gzip)`, () => {
      const { script, style } = firstLoad(readFileSync(file, "utf8"));
      console.log(`${name}: script ${(script / 1024).toFixed(1)} KB, style ${(style / 1024).toFixed(1)} KB gzip`);
      expect(script).toBeGreaterThan(10 * 1024);
      expect(script).toBeLessThanOrEqual(budgets.script);
      expect(style).toBeLessThanOrEqual(budgets.style);
    });
  }
});
