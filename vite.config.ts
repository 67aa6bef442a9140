import react from "@vitejs/plugin-react";
import { readFileSync } from "node:fs";
import { defineConfig } from "vite";
import { coursePlugins } from "./src/course/build/vite-plugin";
import { scenarioIds } from "./src/sim/scenarios";

/**
 * The sub-path the app is served from. Set it in site.config.json, or for one build with
 * BASE_PATH=/some/prefix/ npm run build.
 */
function basePath(): string {
  const configured = process.env.BASE_PATH ?? (JSON.parse(readFileSync("site.config.json", "utf8")) as { basePath: string }).basePath;
  const trimmed = configured.replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

export default defineConfig({
  base: basePath(),
  plugins: [...coursePlugins({ scenarios: new Set(scenarioIds) }), react({ include: /\.(mdx|tsx?)$/ })],
  build: {
    manifest: true,
    target: "es2022",
    cssCodeSplit: true,
  },
});
