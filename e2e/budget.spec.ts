// First-load bytes of every prerendered page, read from the build output: what the HTML asks for
// up front (entry script, preloaded chunks, stylesheets) and what those scripts import statically.
import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import path from "node:path";
import { firstLoad, htmlFiles } from "../scripts/first-load.mjs";

const dist = path.resolve(process.env.E2E_DIST ?? "dist");
const budgets = { script: 60 * 1024, style: 20 * 1024 };

test.describe("first-load bytes from the build", () => {
  const pages = htmlFiles(dist);

  test("the build has a page for every address", () => {
    expect(pages.length).toBeGreaterThanOrEqual(6);
  });

  for (const file of pages) {
    const name = path.relative(dist, file);
    test(`${name} loads at most 60 KB of script and 20 KB of style (gzip)`, () => {
      const { script, style } = firstLoad(readFileSync(file, "utf8"), dist);
      console.log(`${name}: script ${(script / 1024).toFixed(1)} KB, style ${(style / 1024).toFixed(1)} KB gzip`);
      expect(script).toBeGreaterThan(10 * 1024);
      expect(script).toBeLessThanOrEqual(budgets.script);
      expect(style).toBeLessThanOrEqual(budgets.style);
    });
  }
});
