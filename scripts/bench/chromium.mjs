// Starts the Chromium the browser tests use, headless, with a DevTools port for Lighthouse to drive.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { clearTimeout, setTimeout } from "node:timers";
import { rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium as playwright } from "@playwright/test";
import { chromiumArgs, findChromium } from "../chromium.mjs";

// What chrome-launcher adds for Lighthouse, so that nothing in the background competes with the page.
const quiet = [
  "--headless=new",
  "--disable-extensions",
  "--disable-default-apps",
  "--no-default-browser-check",
  "--mute-audio",
  "--disable-background-timer-throttling",
  "--disable-backgrounding-occluded-windows",
  "--disable-renderer-backgrounding",
  "--disable-dev-shm-usage",
  "--metrics-recording-only",
  "--password-store=basic",
  "--use-mock-keychain",
];

export async function launchChromium() {
  const executable = findChromium();
  if (!executable) throw new Error("No Chromium found: set CHROMIUM_PATH, or run `node scripts/ensure-chromium.mjs`.");
  const profile = await mkdtemp(path.join(tmpdir(), "seams-bench-"));
  const child = spawn(executable, [...chromiumArgs, ...quiet, "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  // Should the bench end before close() (an error, Ctrl+C), the browser and its profile go with it.
  const onExit = () => {
    child.kill("SIGKILL");
    // Exit handlers cannot await: a short synchronous wait lets the browser stop writing into its profile first.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
    rmSync(profile, { recursive: true, force: true });
  };
  process.on("exit", onExit);
  const port = await new Promise((resolve, reject) => {
    let said = "";
    const timer = setTimeout(() => reject(new Error(`Chromium did not open a DevTools port in 30 s: ${said.slice(-400)}`)), 30_000);
    child.stderr.on("data", (chunk) => {
      said += chunk;
      const m = said.match(/DevTools listening on ws:\/\/[^:]+:(\d+)\//);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited with ${code} before it listened: ${said.slice(-400)}`));
    });
  });
  return {
    executable,
    port,
    /**
     * Clears everything the origins stored: service workers and caches, which Lighthouse clears for the origin it
     * measures, and also localStorage and IndexedDB, which it keeps. So every run is a first visit, whichever
     * page ran before it, and no other origin's service worker is still running in the background.
     */
    async clearOrigins(origins) {
      const browser = await playwright.connectOverCDP(`http://127.0.0.1:${port}`);
      try {
        const context = browser.contexts()[0] ?? (await browser.newContext());
        const page = await context.newPage();
        const session = await context.newCDPSession(page);
        for (const origin of origins) await session.send("Storage.clearDataForOrigin", { origin, storageTypes: "all" });
        await page.close();
      } finally {
        // Over CDP, close() only disconnects: the browser stays up for the next run.
        await browser.close();
      }
    },
    async close() {
      process.off("exit", onExit);
      if (child.exitCode === null) {
        child.kill();
        await once(child, "exit");
      }
      await rm(profile, { recursive: true, force: true });
    },
  };
}
