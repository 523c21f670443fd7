import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Typed access to the Open Event Server reference data in lib/oes/data (see lib/oes/NOTES.md):
 * its routes as path × method pairs and its JSON:API types. Read with `fs`, not imported, so that
 * neither the type checker nor a bundle carries the 1 MB of JSON.
 */

const DATA = path.join(import.meta.dirname, "data");

export type Method = "GET" | "POST" | "PATCH" | "DELETE" | "PUT";
export type RouteKind = "list" | "list-post" | "detail" | "relationship" | "blueprint" | "app";

interface OesRule {
  path: string;
  methods: Method[];
  /** Methods that an earlier identical rule takes (Flask routes the first match). */
  shadowedMethods?: Method[];
  endpoint: string;
  class: string | null;
  group: string;
  kind: RouteKind;
  type: string | null;
  relationship?: string;
  relatedType?: string;
  relatedMany?: boolean;
  notes: string[];
}

/** One distinct OES path template × method, as Flask routes it (shadowed rules left out). */
export interface OesPair {
  /** `GET /v1/events/{event_id}/sessions` */
  key: string;
  method: Method;
  path: string;
  group: string;
  kind: RouteKind;
  /** The JSON:API type the serving class answers with (null for blueprint routes). */
  type: string | null;
  /** For relationship routes: the relationship's name, target type and arity. */
  relationship?: { name: string; type?: string; many: boolean };
  /** The Flask class or function serving it. */
  serves: string;
}

export interface OesMember {
  type: string;
  required: boolean;
  dumpOnly: boolean;
  loadOnly: boolean;
  /** "all", or the schema classes (variants) that declare the member. */
  schemas: "all" | string[];
  /** Relationships: the target type and arity. */
  many?: boolean;
}

export interface OesType {
  schemas: string[];
  attributes: Record<string, OesMember>;
  relationships: Record<string, OesMember>;
}

export interface FrontendAttribute {
  name: string;
  transform: string | null;
  options?: { readOnly?: boolean; defaultValue?: unknown };
}

export interface FrontendModel {
  defaultPath?: string;
  oesType: string | null;
  /**
   * `deletesMembers`: members its serializer removes before a save; `customPrimaryKeyMixin`: the
   * model's id is the identifier and `original-id` goes back as `data.id`, not as an attribute.
   */
  serializer?: { deletesMembers?: string[]; customPrimaryKeyMixin?: boolean };
  attributes: Record<string, FrontendAttribute>;
  relationships: Record<string, { name: string; kind: "belongsTo" | "hasMany"; model: string; options?: Record<string, unknown> }>;
}

const read = <T>(file: string): T => JSON.parse(readFileSync(path.join(DATA, file), "utf8")) as T;

let pairs: OesPair[] | undefined;

/** Every OES path × method pair (1658), in the order of the route table. */
export function oesPairs(): readonly OesPair[] {
  if (pairs) return pairs;
  const seen = new Set<string>();
  pairs = [];
  for (const rule of read<{ routes: OesRule[] }>("routes.json").routes) {
    for (const method of rule.methods) {
      if (rule.shadowedMethods?.includes(method)) continue;
      const key = `${method} ${rule.path}`;
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push({
        key,
        method,
        path: rule.path,
        group: rule.group,
        kind: rule.kind,
        type: rule.type,
        ...(rule.relationship ? { relationship: { name: rule.relationship, type: rule.relatedType, many: rule.relatedMany ?? false } } : {}),
        serves: rule.class ?? rule.endpoint,
      });
    }
  }
  return pairs;
}

let types: Record<string, OesType> | undefined;

/** OES's JSON:API types by `type`, members under the names OES serializes. */
export function oesTypes(): Readonly<Record<string, OesType>> {
  types ??= Object.fromEntries(
    Object.entries(read<{ types: Record<string, Partial<OesType> & { schemas: string[] }> }>("schemas.json").types).map(([name, type]) => [
      name,
      { schemas: type.schemas, attributes: type.attributes ?? {}, relationships: type.relationships ?? {} },
    ]),
  );
  return types;
}

let models: Record<string, FrontendModel> | undefined;

/** The Open Event Frontend's Ember models by model name. */
export function frontendModels(): Readonly<Record<string, FrontendModel>> {
  models ??= read<{ models: Record<string, FrontendModel> }>("frontend-models.json").models;
  return models;
}

/** The JSON:API types a group's routes answer with (e.g. `image-sizes` → event-image-size, speaker-image-size). */
export function groupTypes(group: string): string[] {
  const found = new Set<string>();
  for (const pair of oesPairs()) if (pair.group === group && pair.type && pair.kind !== "blueprint") found.add(pair.type);
  return [...found].filter((type) => type in oesTypes());
}

export type CrudOperation = "list" | "create" | "read" | "update" | "delete";
export const CRUD_OPERATIONS: readonly CrudOperation[] = ["list", "create", "read", "update", "delete"];

/**
 * The create/read/update/delete operation a pair is, from the kind of OES class serving it:
 * GET on a list, POST on a list (or list-post), GET/PATCH/DELETE on a detail. Relationship and
 * blueprint routes are none.
 */
export function crudOperation(pair: Pick<OesPair, "kind" | "method">): CrudOperation | undefined {
  if (pair.kind === "list" || pair.kind === "list-post") return pair.method === "GET" ? "list" : pair.method === "POST" ? "create" : undefined;
  if (pair.kind !== "detail") return undefined;
  return DETAIL_OPERATIONS[pair.method];
}

const DETAIL_OPERATIONS: Partial<Record<Method, CrudOperation>> = { GET: "read", PATCH: "update", DELETE: "delete" };

/** Path segments: `{name}` for a parameter, else the literal segment. */
export const pathSegments = (template: string) => template.split("/").filter(Boolean);
export const isParam = (segment: string) => segment.startsWith("{") && segment.endsWith("}");
