// Builds the static site: the client bundle, a server bundle used only here, then one prerendered
// HTML file for every address at every altitude, and a 404 page for static hosts.
import { build } from "vite";
import { rm } from "node:fs/promises";
import { prerender } from "./prerender.mjs";

const quiet = { logLevel: process.env.CI ? "warn" : "info" };

await rm("dist", { recursive: true, force: true });
await rm("dist-ssr", { recursive: true, force: true });
await build({ ...quiet });
await build({ ...quiet, build: { ssr: "src/app/entry-server.tsx", outDir: "dist-ssr", manifest: false, copyPublicDir: false } });
await prerender({ dist: "dist", ssrEntry: "dist-ssr/entry-server.js" });
await rm("dist-ssr", { recursive: true, force: true });
