import { defineConfig } from "@playwright/test";
// @ts-expect-error -- a plain ES module shared with the scripts
import { chromiumArgs, findChromium } from "./scripts/chromium.mjs";

const port = Number(process.env.E2E_PORT ?? 4317);
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  testDir: "e2e",
  // The sub-path run builds the site again under BASE_PATH and runs only its own spec.
  testIgnore: process.env.BASE_PATH ? [] : ["**/subpath.spec.ts"],
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${base.replace(/\/?$/, "/")}`,
    launchOptions: { executablePath: (findChromium as () => string | null)() ?? undefined, args: chromiumArgs as string[] },
    trace: "off",
  },
  // Tests that time the app run last, one at a time, so that no other test shares the CPU with what they measure.
  projects: [
    { name: "chromium", use: { browserName: "chromium" }, grepInvert: /@timing/ },
    { name: "timing", use: { browserName: "chromium" }, grep: /@timing/, dependencies: ["chromium"], workers: 1 },
  ],
  webServer: {
    command: `node scripts/serve.mjs --port ${port} --base ${base} --dir ${process.env.E2E_DIST ?? "dist"}`,
    url: `http://127.0.0.1:${port}${base.replace(/\/?$/, "/")}`,
    reuseExistingServer: false,
  },
});
