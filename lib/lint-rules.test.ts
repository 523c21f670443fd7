import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * The import-direction rules of STYLE.md ("Layout") are enforced by eslint.config.mjs; these tests
 * lint in-memory files at chosen paths with the real config, so a config change that stops the
 * rules from firing fails here. The imported modules exist, because import/no-restricted-paths
 * checks resolved files.
 */
const UI = "lib/ must not depend on the UI: move the shared code into lib/.";
const PRISMA = "Only lib/ talks to Prisma: call a service in lib/<domain> instead.";
const DB_IN_COMPONENTS = "Pages, routes, components and functions get data from services in lib/<domain>, never from the database.";

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

/** Lints one module that imports `specifier` (and uses it, so only import rules can fire). */
async function lintImport(filePath: string, specifier: string) {
  const code = `import * as imported from "${specifier}";\n\nexport const used = imported;\n`;
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error(`ESLint returned no result for ${filePath}`);
  return result.messages.map(({ ruleId, severity, message }) => ({ ruleId, severity, message }));
}

/** no-restricted-imports prefixes the configured message with the import name. */
const restrictedImport = (name: string) => ({ ruleId: "no-restricted-imports", severity: 2, message: `'${name}' import is restricted from being used. ${PRISMA}` });
const restrictedPattern = (name: string) => ({
  ruleId: "no-restricted-imports",
  severity: 2,
  message: `'${name}' import is restricted from being used by a pattern. ${PRISMA}`,
});
const restrictedPath = (specifier: string, message: string) => ({
  ruleId: "import/no-restricted-paths",
  severity: 2,
  message: `Unexpected path "${specifier}" imported in restricted zone. ${message}`,
});

describe("import direction lint rules", { timeout: 120_000 }, () => {
  it("applies the config to lib/ files", async () => {
    const config = await eslint.calculateConfigForFile("lib/foo/x.ts");
    expect(config.rules["import/no-restricted-paths"][0]).toBe(2);
  });

  it.each([
    ["@/app/v1/auth/login/route"],
    ["../../app/v1/auth/login/route"],
    ["@/app/(public)/e/[identifier]/page"],
    ["@/components/ui/button"],
    ["../../components/site-header"],
  ])("forbids lib/ to import %s", async (specifier) => {
    expect(await lintImport("lib/foo/x.ts", specifier)).toEqual([restrictedPath(specifier, UI)]);
  });

  it.each([
    ["app/v1/foo/route.ts", "@prisma/client", [restrictedImport("@prisma/client")]],
    ["app/v1/foo/route.ts", "@prisma/adapter-pg", [restrictedImport("@prisma/adapter-pg")]],
    ["app/v1/foo/route.ts", "@prisma/client/runtime/client", [restrictedPattern("@prisma/client/runtime/client")]],
    [
      "app/v1/foo/route.ts",
      "@/lib/generated/prisma/client",
      [restrictedPath("@/lib/generated/prisma/client", PRISMA), restrictedPattern("@/lib/generated/prisma/client")],
    ],
    [
      "app/(dashboard)/events/[eventId]/page.tsx",
      "../../../../lib/generated/prisma/enums",
      [restrictedPath("../../../../lib/generated/prisma/enums", PRISMA), restrictedPattern("../../../../lib/generated/prisma/enums")],
    ],
    ["components/foo/x.tsx", "@prisma/client", [restrictedImport("@prisma/client")]],
    ["inngest/functions/x.ts", "@prisma/client", [restrictedImport("@prisma/client")]],
    ["e2e/foo/x.spec.ts", "@prisma/adapter-pg", [restrictedImport("@prisma/adapter-pg")]],
    ["components/foo/x.tsx", "@/lib/db", [restrictedPath("@/lib/db", DB_IN_COMPONENTS)]],
    ["components/foo/x.tsx", "../../lib/db", [restrictedPath("../../lib/db", DB_IN_COMPONENTS)]],
    ["app/v1/foo/route.ts", "@/lib/db", [restrictedPath("@/lib/db", DB_IN_COMPONENTS)]],
    ["inngest/functions/x.ts", "../../lib/db", [restrictedPath("../../lib/db", DB_IN_COMPONENTS)]],
  ])("forbids %s to import %s", async (filePath, specifier, messages) => {
    // The order of messages from two rules on one line is by column, then rule; compare as sets.
    const actual = await lintImport(filePath, specifier);
    expect(actual).toHaveLength(messages.length);
    expect(actual).toEqual(expect.arrayContaining(messages));
  });

  it.each([
    ["lib/foo/x.ts", "@/lib/db"],
    ["lib/foo/x.ts", "../db"],
    ["lib/foo/x.ts", "@/lib/generated/prisma/client"],
    ["lib/foo/x.ts", "@prisma/client"],
    ["lib/foo/x.ts", "@prisma/adapter-pg"],
    ["lib/foo/x.ts", "@/lib/permissions"],
    ["app/v1/foo/route.ts", "@/lib/events/get-event"],
    ["app/v1/foo/route.ts", "@/components/ui/button"],
    ["inngest/functions/x.ts", "@/lib/events/get-event"],
    ["components/foo/x.tsx", "@/lib/permissions"],
    ["prisma/factories/x.ts", "@/lib/generated/prisma/client"],
    // Integration tests of route handlers seed and inspect the database directly.
    ["app/v1/foo/route.test.ts", "@prisma/client"],
    ["app/v1/foo/route.test.ts", "@/lib/generated/prisma/client"],
  ])("lets %s import %s", async (filePath, specifier) => {
    expect(await lintImport(filePath, specifier)).toEqual([]);
  });
});
