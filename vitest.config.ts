import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { coursePlugins } from "./src/course/build/vite-plugin";

export default defineConfig({
  plugins: [...coursePlugins(), react()],
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    environment: "node",
    setupFiles: ["test/setup.ts"],
  },
});
