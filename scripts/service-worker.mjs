// Builds the service worker: bundles src/app/sw.ts, then lets Workbox list every file of the built site
// in it, with a revision for each, so that a new build is a new service worker.
import { build } from "esbuild";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { injectManifest } from "workbox-build";

export async function buildServiceWorker(dist) {
  const swDest = path.join(dist, "sw.js");
  const work = await mkdtemp(path.join(tmpdir(), "sw-"));
  const swSrc = path.join(work, "sw.js");
  await build({
    entryPoints: ["src/app/sw.ts"],
    bundle: true,
    format: "iife",
    minify: true,
    target: "es2020",
    outfile: swSrc,
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
  });
  const { count, size, warnings } = await injectManifest({
    swSrc,
    swDest,
    globDirectory: dist,
    globPatterns: ["**/*.{html,json,js,css,svg,png,webmanifest}"],
    globIgnores: ["sw.js", ".vite/**"],
    // Hashed assets never change under the same name.
    dontCacheBustURLsMatching: /\/assets\//,
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
  });
  await rm(work, { recursive: true, force: true });
  for (const w of warnings) console.warn(w);
  console.log(`service worker precaches ${count} files, ${(size / 1024).toFixed(0)} KB`);
}
