import { AppError } from "../errors";
import {
  attributesByName,
  relationshipsByName,
  type AnyResource,
  type AttributeDef,
  type FilterKind,
  type Where,
} from "./resource";
import { nulPointer } from "./input";
import { resourceOf } from "./registry";

/**
 * The Open Event / Flask-REST-JSONAPI filter syntax, translated to a Prisma `where`:
 *
 *   filter=[{"name":"state","op":"eq","val":"published"},
 *           {"or":[{"name":"name","op":"ilike","val":"%conf%"},{"not":{"name":"online","op":"eq","val":true}}]},
 *           {"name":"event-topic","op":"has","val":{"name":"slug","op":"eq","val":"science"}}]
 *
 * A top-level array is a conjunction. Only attributes that declare `filter` may be named, so a
 * filter can neither reach columns the audience must not see nor fall back to a full scan on an
 * unknown name. Any mistake is a 400 with `source.parameter: "filter"`.
 */

export type { Where } from "./resource";

const PARAMETER = "filter";
const MAX_DEPTH = 8;
const MAX_NODES = 50;

const bad = (detail: string, parameter = PARAMETER) => new AppError("BAD_REQUEST", detail, { parameter });

const COMPARISON_OPS = {
  eq: "equals",
  ne: "not",
  gt: "gt",
  ge: "gte",
  lt: "lt",
  le: "lte",
} as const;

const OPS = ["eq", "ne", "gt", "ge", "lt", "le", "like", "ilike", "notlike", "notilike", "in_", "notin_", "is_", "isnot", "has", "any"] as const;
type Op = (typeof OPS)[number];

interface Budget {
  nodes: number;
}

/** Parses the `filter` parameter's JSON and translates it. */
export function parseFilter(raw: string, resource: AnyResource): Where {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw bad("filter must be a JSON array of filter objects");
  }
  // Escaped in the JSON (`"\u0000"`), so the raw parameter did not show it.
  if (nulPointer(parsed) !== undefined) throw bad("filter must not contain NUL (U+0000) characters");
  return translateFilter(parsed, resource);
}

export function translateFilter(filter: unknown, resource: AnyResource): Where {
  const budget: Budget = { nodes: 0 };
  const nodes = Array.isArray(filter) ? filter : [filter];
  if (!nodes.length) return {};
  const clauses = nodes.map((node) => translateNode(node, resource, 0, budget));
  return clauses.length === 1 ? (clauses[0] as Where) : { AND: clauses };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function translateNode(node: unknown, resource: AnyResource, depth: number, budget: Budget): Where {
  if (depth > MAX_DEPTH) throw bad(`filter is nested deeper than ${MAX_DEPTH} levels`);
  if (++budget.nodes > MAX_NODES) throw bad(`filter has more than ${MAX_NODES} conditions`);
  if (!isObject(node)) throw bad("Each filter must be an object");

  for (const logical of ["or", "and"] as const) {
    if (logical in node) {
      const list = node[logical];
      if (Object.keys(node).length !== 1 || !Array.isArray(list) || !list.length) {
        throw bad(`"${logical}" takes a non-empty array of filters and nothing else`);
      }
      return { [logical.toUpperCase()]: list.map((child) => translateNode(child, resource, depth + 1, budget)) };
    }
  }
  if ("not" in node) {
    if (Object.keys(node).length !== 1) throw bad(`"not" takes one filter and nothing else`);
    return { NOT: translateNode(node.not, resource, depth + 1, budget) };
  }

  const { name, op, val } = node;
  for (const key of Object.keys(node)) {
    if (key !== "name" && key !== "op" && key !== "val") throw bad(`Unknown filter member "${key}"`);
  }
  if (typeof name !== "string") throw bad(`A filter needs a "name"`);
  if (typeof op !== "string" || !(OPS as readonly string[]).includes(op)) {
    throw bad(`Unknown filter operator ${JSON.stringify(op)} (use one of ${OPS.join(", ")})`);
  }
  if (!("val" in node)) throw bad(`The filter on "${name}" needs a "val"`);
  const memberName = name.replace(/_/g, "-");

  if (op === "has" || op === "any") {
    const rel = relationshipsByName(resource).get(memberName);
    if (!rel) throw bad(`Cannot filter on "${name}"`);
    const [key, def] = rel;
    if (op === "any" && !def.many) throw bad(`"any" applies to to-many relationships; use "has" for "${name}"`);
    if (op === "has" && def.many) throw bad(`"has" applies to to-one relationships; use "any" for "${name}"`);
    const inner = translateNode(val, resourceOf(def.type), depth + 1, budget);
    // Through a join table the condition applies to the join row's target.
    const target = def.through ? { [def.through.field]: inner } : inner;
    return { [def.field ?? key]: def.many ? { some: target } : { is: target } };
  }

  const attribute = attributesByName(resource).get(memberName);
  if (!attribute || !attribute[1].filter) throw bad(`Cannot filter on "${name}"`);
  const [key, def] = attribute;
  if (val === null && !def.nullable && NULL_TESTS.has(op)) {
    // Prisma refuses `null` for a required column; such a column is never null.
    return op === "eq" || op === "is_" ? NOTHING : EVERYTHING;
  }
  const column = def.column ?? key;
  // Prisma's negated string filter (`not: {…}`) takes no `mode`, so a negated pattern negates the whole condition.
  if (op === "notlike" || op === "notilike") return { NOT: { [column]: condition(name, op, val, def) } };
  return { [column]: condition(name, op as Op, val, def) };
}

const NULL_TESTS: ReadonlySet<string> = new Set(["eq", "ne", "is_", "isnot"]);
/** No row (every resource's model has an `id`), and its negation, every row. Prisma 7 reads an empty OR as true. */
const NOTHING: Where = { id: { in: [] } };
const EVERYTHING: Where = { NOT: NOTHING };

function condition(name: string, op: Op, val: unknown, def: AttributeDef<never>): unknown {
  const kind = def.filter as FilterKind;
  switch (op) {
    case "eq":
    case "ne":
    case "gt":
    case "ge":
    case "lt":
    case "le": {
      if ((op === "eq" || op === "ne") && val === null) return op === "eq" ? null : { not: null };
      if (op !== "eq" && op !== "ne" && (kind === "boolean" || typeof kind === "object")) {
        throw bad(`"${op}" does not apply to "${name}"`);
      }
      return { [COMPARISON_OPS[op]]: coerce(name, kind, val) };
    }
    case "is_":
    case "isnot":
      if (val !== null) throw bad(`"${op}" compares with null only`);
      return op === "is_" ? null : { not: null };
    case "in_":
    case "notin_": {
      if (!Array.isArray(val)) throw bad(`"${op}" on "${name}" takes an array`);
      const values = val.map((item) => coerce(name, kind, item));
      return op === "in_" ? { in: values } : { notIn: values };
    }
    case "like":
    case "ilike":
    case "notlike":
    case "notilike": {
      if (kind !== "string") throw bad(`"${op}" applies to text attributes only, not "${name}"`);
      if (typeof val !== "string") throw bad(`"${op}" on "${name}" takes a string pattern`);
      // The negation of notlike/notilike is the caller's (translateNode).
      return likePattern(val, op === "ilike" || op === "notilike");
    }
    default:
      throw bad(`Unknown filter operator "${op}"`);
  }
}

/**
 * SQL LIKE patterns as Prisma string filters. `%` at the start and/or end maps to
 * contains/startsWith/endsWith; `\%` is a literal percent sign. A `%` in the middle is not
 * expressible in Prisma's filters and is rejected; `_` is matched literally (a subset of what
 * LIKE matches), because names like `open_event` are common search terms.
 */
function likePattern(pattern: string, insensitive: boolean): Record<string, unknown> {
  const leading = pattern.startsWith("%");
  const trailing = pattern.length > 1 && pattern.endsWith("%") && !pattern.endsWith("\\%");
  const inner = pattern.slice(leading ? 1 : 0, trailing ? -1 : undefined);
  if (/(^|[^\\])%/.test(inner)) throw bad("A like pattern may use % only at its start and end");
  const text = inner.replace(/\\%/g, "%");
  const mode = insensitive ? { mode: "insensitive" } : {};
  if (leading && trailing) return { contains: likeLiteral(text), ...mode };
  if (leading) return { endsWith: likeLiteral(text), ...mode };
  if (trailing) return { startsWith: likeLiteral(text), ...mode };
  // Case-insensitive equality is an ILIKE too; the case-sensitive one is `=`.
  return { equals: insensitive ? likeLiteral(text) : text, ...mode };
}

/**
 * Text matched literally by the LIKE/ILIKE that Prisma makes of contains/startsWith/endsWith
 * (and of case-insensitive equals): Prisma passes the value into the pattern unescaped, so `%`
 * and `_` would be wildcards and a trailing backslash a PostgreSQL error (22025).
 */
export const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function coerce(name: string, kind: FilterKind, val: unknown, parameter = PARAMETER): unknown {
  const wrong = (what: string) => bad(`The value for "${name}" must be ${what}`, parameter);
  if (typeof kind === "object") {
    if (typeof val !== "string" || !kind.enum.includes(val)) throw wrong(`one of ${kind.enum.join(", ")}`);
    return val;
  }
  switch (kind) {
    case "string":
      if (typeof val !== "string") throw wrong("a string");
      return val;
    case "number":
    case "integer": {
      const number = typeof val === "string" && val.trim() !== "" ? Number(val) : val;
      if (typeof number !== "number" || !Number.isFinite(number)) throw wrong("a number");
      if (kind === "integer" && (!Number.isSafeInteger(number) || Math.abs(number) > 2_147_483_647)) {
        throw wrong("an integer");
      }
      return number;
    }
    case "boolean":
      if (val === true || val === "true") return true;
      if (val === false || val === "false") return false;
      throw wrong("true or false");
    case "date": {
      const date = typeof val === "string" ? new Date(val) : null;
      if (!date || Number.isNaN(date.getTime())) throw wrong("an ISO 8601 date and time");
      return date;
    }
  }
}

/** `filter[name]=value`: the simple equality form, one attribute per parameter. */
export function simpleFilter(memberName: string, value: string, resource: AnyResource): Where {
  const attribute = attributesByName(resource).get(memberName);
  if (!attribute || !attribute[1].filter) {
    throw new AppError("BAD_REQUEST", `Cannot filter on "${memberName}"`, { parameter: `filter[${memberName}]` });
  }
  const [key, def] = attribute;
  return { [def.column ?? key]: coerce(memberName, def.filter as FilterKind, value, `filter[${memberName}]`) };
}
