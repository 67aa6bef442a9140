import react from "@vitejs/plugin-react";
import { readFileSync } from "node:fs";
import { defineConfig } from "vite";
import { devPages } from "./scripts/dev-pages";
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
  // Pages are rendered by the app itself, on the development server as in the build (scripts/dev-pages.ts).
  appType: "custom",
  // A piece's compiled MDX imports React's JSX runtime; it comes from this project, wherever the content lives.
  resolve: { dedupe: ["react", "react-dom"] },
  server: { fs: { allow: [".", ...(process.env.SEAMS_CONTENT_DIR ? [process.env.SEAMS_CONTENT_DIR] : [])] } },
  plugins: [
    // SEAMS_CONTENT_DIR previews a course kept elsewhere (the development-server test uses a copy).
    ...coursePlugins({ contentDir: process.env.SEAMS_CONTENT_DIR, scenarios: new Set(scenarioIds) }),
    react({ include: /\.(mdx|tsx?)$/ }),
    devPages(),
  ],
  // The sandbox's simulation worker is an ES module, like the page that starts it.
  worker: { format: "es" },
  build: {
    manifest: true,
    target: "es2022",
    cssCodeSplit: true,
    // Every browser the target admits preloads modules itself; the polyfill would only cost first-load bytes.
    modulePreload: false,
    // Terser packs the app's own code a few per cent tighter than esbuild, which the first-load budget feels.
    minify: "terser",
    terserOptions: { ecma: 2020, module: true, toplevel: true, compress: { passes: 3 }, format: { comments: false } },
  },
});
