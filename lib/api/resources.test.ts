import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { registeredResources } from "../jsonapi/registry";
import { ROOT, resourcesDeclaredUnderLib } from "../testing/v1-routes";
import { resources } from "./resources";

/**
 * The list is the only place resources are registered, and the registry is only filled where the
 * list is imported; the tests of the app import it in their setup, so they cannot notice an entry
 * point that does not. These tests read the entry points instead.
 */

const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

function files(dir: string, match: RegExp): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && match.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)))
    .filter((file) => !file.includes(`${path.sep}generated${path.sep}`));
}

const importsList = (source: string) => /import\s+"(?:@\/lib\/api|\.\.?(?:\/\.\.)*(?:\/lib)?\/api|\.)\/resources";/.test(source);

describe("the list of resources", () => {
  it("holds every declaration under lib/, each registered", async () => {
    const declared = await resourcesDeclaredUnderLib();
    expect(declared.map((resource) => resource.type).sort()).toEqual(resources.map((resource) => resource.type).sort());
    expect(registeredResources()).toEqual(expect.arrayContaining([...resources]));
  });

  it("is imported by every entry point that can reach a service", () => {
    const actions = [...files("lib", /\.tsx?$/), ...files("app", /\.tsx?$/)].filter((file) => /^["']use server["'];?$/m.test(read(file)));
    expect(actions.length).toBeGreaterThan(5);
    const entries = ["app/layout.tsx", "inngest/jobs.ts", "lib/api/route.ts", ...actions];
    expect(entries.filter((file) => !importsList(read(file)))).toEqual([]);
  });

  it("reaches every /v1 route through apiRoute or a route factory made with it", () => {
    const factories = ["@/lib/api/route", "@/lib/api/routes", "@/lib/related/routes", "@/lib/content/routes", "@/lib/image-sizes/routes", "@/lib/settings/routes", "@/lib/account/oes-body", "@/lib/roles/team-routes", "@/lib/users/user-collection-routes"];
    // A value import: `import type` is erased, so it would not register anything.
    const usesFactory = (source: string) =>
      factories.some((factory) => new RegExp(`import (?!type\\b)[^;]*from "${factory}";`).test(source));
    const reaches = (file: string) => {
      const source = read(file);
      const local = [...source.matchAll(/import (?!type\b)[^;]*from "(\.[^"]+)";/g)].map((match) =>
        path.relative(ROOT, path.resolve(ROOT, path.dirname(file), `${match[1]}.ts`)),
      );
      return usesFactory(source) || local.some((helper) => usesFactory(read(helper)));
    };
    const routes = files("app/v1", /^route\.ts$/).filter((file) => !reaches(file));
    expect(routes).toEqual([]);
  });
});
