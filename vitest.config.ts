import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; tests import services directly.
      "server-only": path.resolve(import.meta.dirname, "lib/testing/empty-module.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["{lib,app,inngest,prisma,components,scripts}/**/*.test.{ts,tsx}"],
    globalSetup: ["lib/testing/global-setup.ts"],
    setupFiles: ["lib/testing/setup-db.ts", "lib/testing/setup-resources.ts"],
    pool: "forks",
    // next-auth imports `next/server` without an extension, which only resolves through Vite.
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: "test", AUTH_SECRET: "test-secret-test-secret-test-secret", JOB_RUNNER: "0" },
  },
});
