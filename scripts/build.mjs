// Builds the static site: the client bundle, a server bundle used only here, then one prerendered
// HTML file for every address at every altitude, and a 404 page for static hosts.
import { build } from "vite";
import { rm } from "node:fs/promises";
import { prerender } from "./prerender.mjs";
import { buildServiceWorker } from "./service-worker.mjs";

// Usage: node scripts/build.mjs [--out DIR]   (the sub-path comes from site.config.json or BASE_PATH)
const outAt = process.argv.indexOf("--out");
const out = outAt > 0 && process.argv[outAt + 1] ? process.argv[outAt + 1] : "dist";
const ssrOut = `${out}-ssr`;
const quiet = { logLevel: process.env.CI ? "warn" : "info" };

await rm(out, { recursive: true, force: true });
await rm(ssrOut, { recursive: true, force: true });
await buildServiceWorker(out);
await build({ ...quiet, build: { outDir: out } });
await build({ ...quiet, build: { ssr: "src/app/entry-server.tsx", outDir: ssrOut, manifest: false, copyPublicDir: false } });
await prerender({ dist: out, ssrEntry: `${ssrOut}/entry-server.js` });
await rm(ssrOut, { recursive: true, force: true });
await buildServiceWorker(out);
