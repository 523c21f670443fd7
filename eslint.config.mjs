import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * Imports flow one way (STYLE.md "Layout"): `app` and `inngest` import `lib`; `lib` never imports
 * `app` or `components`; only `lib` (plus `prisma/` and `scripts/`) touch Prisma.
 * `import/no-restricted-paths` checks resolved files, so `@/…` aliases and relative paths are
 * both caught; `no-restricted-imports` covers the package names, which do not resolve into the repo.
 */
const PRISMA_PACKAGES = {
  paths: [
    { name: "@prisma/client", message: "Only lib/ talks to Prisma: call a service in lib/<domain> instead." },
    { name: "@prisma/adapter-pg", message: "Only lib/ talks to Prisma: call a service in lib/<domain> instead." },
  ],
  patterns: [
    {
      group: ["@prisma/client/*", "**/generated/prisma", "**/generated/prisma/*"],
      message: "Only lib/ talks to Prisma: call a service in lib/<domain> instead.",
    },
  ],
};

const TESTS = ["**/*.test.ts", "**/*.test.tsx"];

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // `_`-prefixed names are deliberately unused (positional callback parameters).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./lib",
              from: ["./app", "./components"],
              message: "lib/ must not depend on the UI: move the shared code into lib/.",
            },
            {
              target: ["./app", "./components", "./inngest", "./e2e"],
              from: "./lib/generated",
              message: "Only lib/ talks to Prisma: call a service in lib/<domain> instead.",
            },
            {
              target: ["./components", "./app", "./inngest"],
              from: ["./lib/db.ts", "./lib/db"],
              message: "Pages, routes, components and functions get data from services in lib/<domain>, never from the database.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**", "components/**", "inngest/**", "e2e/**"],
    ignores: TESTS,
    rules: { "no-restricted-imports": ["error", PRISMA_PACKAGES] },
  },
  {
    // Integration tests of route handlers seed and inspect the database directly.
    files: TESTS,
    rules: { "import/no-restricted-paths": "off" },
  },
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "lib/generated/**",
    ".data/**",
    "node_modules/**",
    "coverage/**",
    "playwright-report/**",
    "test-results/**",
  ]),
]);
