import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { coursePlugins } from "./src/course/build/vite-plugin";
import { scenarioIds } from "./src/sim/scenarios";

export default defineConfig({
  plugins: [...coursePlugins({ scenarios: new Set(scenarioIds) }), react()],
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    environment: "node",
    setupFiles: ["test/setup.ts"],
  },
});
