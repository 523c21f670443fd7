import path from "node:path";
import { describe, expect, it } from "vitest";
import { oesTypes } from "./reference";

/** lib/oes/data/member-names.json is the member names of data/schemas.json (`npm run oes:matrix` rewrites it). */
describe("the OES member catalogue", () => {
  it("lib/oes/data/member-names.json lists every type's attribute and relationship names of schemas.json", async () => {
    const names = Object.fromEntries(
      Object.entries(oesTypes())
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([type, { attributes, relationships }]) => [type, { attributes: Object.keys(attributes), relationships: Object.keys(relationships) }]),
    );
    await expect(`${JSON.stringify(names, null, 1)}\n`).toMatchFileSnapshot(path.join(import.meta.dirname, "data", "member-names.json"));
  });
});
