import type { MemberCatalogue } from "../jsonapi/registry";
import names from "./data/member-names.json";

/**
 * The attribute and relationship names Open Event Server's schemas declare per JSON:API type,
 * as the body parser and `include` accept them (lib/jsonapi/registry.ts `MemberCatalogue`):
 * an Open Event client sends every member of its model on save, and a member we do not model is
 * ignored instead of refused. `data/member-names.json` is derived from `data/schemas.json`
 * (lib/oes/catalogue.test.ts keeps them in agreement; `npm run oes:matrix` rewrites it), so the
 * 400 kB reference never travels into the app's bundles.
 */

const byType = new Map(
  Object.entries(names as Record<string, { attributes: string[]; relationships: string[] }>).map(([type, members]) => [
    type,
    { attributes: new Set(members.attributes), relationships: new Set(members.relationships) },
  ]),
);

const NONE: ReadonlySet<string> = new Set();

export const oesCatalogue: MemberCatalogue = {
  attributes: (type) => byType.get(type)?.attributes ?? NONE,
  relationships: (type) => byType.get(type)?.relationships ?? NONE,
};
