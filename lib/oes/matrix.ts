import type { Segment } from "../testing/v1-routes";
import * as declared from "./compat";
import { COVERAGE_TARGET, IN_SCOPE_GROUPS, PLANNED_GROUPS } from "./compat";
import { coveredPairs, percent, summarize, type Measurement, type Tally } from "./coverage";
import { CRUD_OPERATIONS, groupTypes, isParam, oesPairs, oesTypes, pathSegments, type OesMember, type OesPair } from "./reference";

/**
 * The Open Event Server compatibility matrix: every OES route pair and every attribute and
 * relationship of the covered groups with its status here, derived from the app (`AppFacts`) and
 * completed by the hand-maintained lib/oes/compat.ts; `problems` lists where the two disagree and
 * `renderMatrix` writes docs/oes-compatibility.md. Pure: the facts are gathered by
 * lib/testing/oes-app-facts.ts (in tests) and the measurement by scripts/oes/coverage.ts.
 */

// ---------------------------------------------------------------------------------------------
// What the app has, as the matrix needs it.

export interface OurMember {
  /** Accepted in request bodies (attributes: written; relationships: a writable to-one linkage). */
  writable: boolean;
  /** Relationships: whether `include` may name it. */
  includable?: boolean;
}

export interface OurResource {
  type: string;
  /** By member name as our documents spell it. */
  attributes: ReadonlyMap<string, OurMember>;
  relationships: ReadonlyMap<string, OurMember>;
}

export interface OurRoute {
  /** Relative to the repository, e.g. `app/v1/events/[id]/sessions/route.ts`. */
  file: string;
  /** URL segments from the root (`v1`, `events`, `[id]` …). */
  segments: readonly Segment[];
  /** HTTP methods the route module exports. */
  methods: ReadonlySet<string>;
}

export interface AppFacts {
  resources: readonly OurResource[];
  routes: readonly OurRoute[];
  /**
   * Whether a PATCH document of this type carrying this attribute (one our declaration lacks)
   * gets past the shared body parser: true means it is accepted and ignored, false refused (422).
   */
  acceptsUndeclared: (type: string, attribute: string) => boolean;
}

/** The hand-maintained data (lib/oes/compat.ts; tests hand in variants). */
export interface Compat {
  routes: typeof declared.ROUTES;
  features: typeof declared.FEATURES;
  attributes: typeof declared.ATTRIBUTES;
  relationships: typeof declared.RELATIONSHIPS;
}

export const DECLARED: Compat = { routes: declared.ROUTES, features: declared.FEATURES, attributes: declared.ATTRIBUTES, relationships: declared.RELATIONSHIPS };

// ---------------------------------------------------------------------------------------------
// Routes.

export type RouteStatus = "served" | "deviates" | "not-offered" | "planned" | "missing";

export interface RouteRow {
  pair: OesPair;
  planned: boolean;
  status: RouteStatus;
  /** Our route file answering the pair, when there is one. */
  by?: string;
  reason?: string;
  note?: string;
}

/**
 * Our route file at the OES path, if any: a literal segment must equal ours and a parameter must
 * meet a dynamic segment (or a catch-all), the way the App Router would send a request there —
 * except that a literal OES segment (`/v1/events/upcoming`) is not served by a dynamic route
 * that would only read it as an id. Of several, the most specific (literal before dynamic before
 * catch-all, from the left) wins, as in the App Router.
 */
export function routeFor(template: string, routes: readonly OurRoute[]): OurRoute | undefined {
  const oes = pathSegments(template);
  const rank = (segment: Segment) => (segment.kind === "static" ? 0 : segment.kind === "dynamic" ? 1 : 2);
  const candidates = routes.filter((route) => {
    for (const [i, segment] of route.segments.entries()) {
      if (segment.kind === "catch-all") return segment.optional || oes.length > i;
      const part = oes[i];
      if (part === undefined) return false;
      if (segment.kind === "static" ? part !== segment.name : !isParam(part)) return false;
    }
    return route.segments.length === oes.length;
  });
  const compare = (a: OurRoute, b: OurRoute) => {
    for (let i = 0; i < Math.min(a.segments.length, b.segments.length); i++) {
      const difference = rank(a.segments[i]!) - rank(b.segments[i]!);
      if (difference) return difference;
    }
    return b.segments.length - a.segments.length;
  };
  return candidates.sort(compare)[0];
}

const featureOf = (compat: Compat, pair: Pick<OesPair, "path">) => {
  const segments = new Set(pathSegments(pair.path));
  return compat.features.find((feature) => feature.segments.some((segment) => segments.has(segment)));
};

const plannedGroups = new Set(Object.keys(PLANNED_GROUPS));

/**
 * The status of every pair of the covered groups. Precedence: a hand-declared status; a feature
 * of compat.ts FEATURES that is not offered (even when a route answers it, e.g. with an empty
 * collection); served by a route file exporting the method; a planned feature or group; missing.
 */
export function routeRows(facts: AppFacts, compat: Compat = DECLARED): RouteRow[] {
  return coveredPairs().map((pair) => {
    const planned = plannedGroups.has(pair.group);
    const hand = compat.routes[pair.key];
    const route = hand?.by ? facts.routes.find((candidate) => candidate.file === hand.by) : routeFor(pair.path, facts.routes);
    const by = route?.methods.has(pair.method) ? route.file : undefined;
    const feature = featureOf(compat, pair);
    const row = (status: RouteStatus, reason?: string): RouteRow => ({
      pair,
      planned,
      status,
      ...(by ? { by } : {}),
      ...(reason ? { reason } : {}),
      ...(hand?.note ? { note: hand.note } : {}),
    });
    if (hand?.status) return row(hand.status, hand.reason);
    if (feature?.status === "not-offered") return row("not-offered", feature.reason);
    if (by) return row("served");
    if (feature) return row(feature.status, feature.reason);
    if (planned) return row("planned", PLANNED_GROUPS[pair.group]);
    return row("missing");
  });
}

// ---------------------------------------------------------------------------------------------
// Attributes and relationships.

export type MemberStatus = "stored" | "served" | "ignored" | "deviates" | "not-offered" | "planned" | "missing";

export interface MemberRow {
  type: string;
  kind: "attribute" | "relationship";
  name: string;
  oes: OesMember;
  planned: boolean;
  status: MemberStatus;
  /** Ours: "read-write", "read-only", "includable" …; absent when we lack the member. */
  here?: string;
  reason?: string;
}

/** The OES types of the covered groups, with whether their group is planned. */
export function coveredTypes(): { type: string; group: string; planned: boolean }[] {
  return [...IN_SCOPE_GROUPS, ...Object.keys(PLANNED_GROUPS)].flatMap((group) =>
    groupTypes(group).map((type) => ({ type, group, planned: plannedGroups.has(group) })),
  );
}

export function memberRows(facts: AppFacts, compat: Compat = DECLARED): MemberRow[] {
  const ours = new Map(facts.resources.map((resource) => [resource.type, resource]));
  const rows: MemberRow[] = [];
  for (const { type, planned } of coveredTypes()) {
    const oes = oesTypes()[type]!;
    const resource = ours.get(type);
    for (const [name, member] of Object.entries(oes.attributes)) {
      const here = resource?.attributes.get(name);
      const hand = compat.attributes[type]?.[name];
      const base = { type, kind: "attribute" as const, name, oes: member, planned };
      const reason = hand?.reason;
      if (here) {
        rows.push({ ...base, status: hand?.status === "deviates" ? "deviates" : "stored", here: here.writable ? "read-write" : "read-only", ...(reason ? { reason } : {}) });
      } else if (resource && facts.acceptsUndeclared(type, name)) {
        rows.push({ ...base, status: hand?.status === "deviates" ? "deviates" : "ignored", here: "accepted, not stored", ...(reason ? { reason } : {}) });
      } else {
        rows.push({ ...base, status: planned && !resource ? "planned" : "missing", ...(reason ? { reason } : {}) });
      }
    }
    for (const [name, member] of Object.entries(oes.relationships)) {
      const here = resource?.relationships.get(name);
      const hand = compat.relationships[type]?.[name];
      const feature = compat.features.find((candidate) => candidate.segments.includes(name));
      const reason = hand?.reason ?? feature?.reason;
      const base = { type, kind: "relationship" as const, name, oes: member, planned, ...(reason ? { reason } : {}) };
      if (here) {
        const abilities = [here.includable === false ? "not includable" : "includable", ...(here.writable ? ["writable"] : [])];
        rows.push({ ...base, status: hand?.status === "deviates" ? "deviates" : "served", here: abilities.join(", ") });
      } else if (feature?.status === "not-offered" || hand?.status === "not-offered") {
        rows.push({ ...base, status: "not-offered" });
      } else {
        rows.push({ ...base, status: (planned && !resource) || feature?.status === "planned" ? "planned" : "missing" });
      }
    }
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Where compat.ts and the app disagree.

export function problems(facts: AppFacts, measurement?: Pick<Measurement, "pairs">, compat: Compat = DECLARED): string[] {
  const found: string[] = [];
  const pairs = new Map(oesPairs().map((pair) => [pair.key, pair]));
  const covered = new Set(coveredPairs().map((pair) => pair.key));
  const rows = new Map(routeRows(facts, compat).map((row) => [row.pair.key, row]));

  for (const [key, hand] of Object.entries(compat.routes)) {
    if (!pairs.has(key)) found.push(`compat.ts ROUTES: "${key}" is not an OES route pair (see lib/oes/data/routes.json)`);
    else if (!covered.has(key)) found.push(`compat.ts ROUTES: "${key}" belongs to group "${pairs.get(key)!.group}", which the matrix does not cover`);
    if (hand.by && !facts.routes.some((route) => route.file === hand.by)) found.push(`compat.ts ROUTES: "${key}" names ${hand.by}, which is not a route file`);
    const row = rows.get(key);
    if (row && (hand.status === "served" || hand.status === "deviates") && !row.by) {
      found.push(`compat.ts ROUTES: "${key}" is marked ${hand.status}, but no route file ${hand.by ? `(${hand.by}) ` : "at that path "}exports ${row.pair.method}`);
    }
  }
  for (const feature of compat.features) {
    for (const segment of feature.segments) {
      const used =
        coveredPairs().some((pair) => pathSegments(pair.path).includes(segment)) ||
        coveredTypes().some(({ type }) => segment in oesTypes()[type]!.relationships);
      if (!used) found.push(`compat.ts FEATURES: no covered OES route or relationship names "${segment}"`);
    }
  }

  const ours = new Map(facts.resources.map((resource) => [resource.type, resource]));
  const types = new Set(coveredTypes().map(({ type }) => type));
  const checkMembers = (table: Compat["attributes"], kind: "attributes" | "relationships") => {
    for (const [type, members] of Object.entries(table)) {
      if (!types.has(type)) {
        found.push(`compat.ts ${kind.toUpperCase()}: "${type}" is not an OES type of a covered group`);
        continue;
      }
      const resource = ours.get(type);
      for (const [name, hand] of Object.entries(members)) {
        const where = `compat.ts ${kind.toUpperCase()}: ${type}.${name}`;
        if (!(name in oesTypes()[type]![kind])) {
          found.push(`${where} is not a member OES declares for "${type}"`);
          continue;
        }
        const here = resource?.[kind].get(name);
        const accepted = kind === "attributes" && !here && resource !== undefined && facts.acceptsUndeclared(type, name);
        if (hand.status === "stored" && !here) found.push(`${where} is marked stored, but our "${type}" declaration has no such ${kind === "attributes" ? "attribute" : "relationship"}`);
        if ((hand.status === "ignored" || hand.status === "not-offered") && here) found.push(`${where} is marked ${hand.status}, but our "${type}" declaration has it: it is stored`);
        if (hand.status === "ignored" && !here && !accepted) found.push(`${where} is marked ignored on write, but the body parser refuses it (422)`);
        if (hand.status === "deviates" && !here && !accepted) found.push(`${where} is marked deviates, but we neither store nor accept it`);
      }
    }
  };
  checkMembers(compat.attributes, "attributes");
  checkMembers(compat.relationships, "relationships");

  for (const key of Object.keys(measurement?.pairs ?? {})) {
    if (!covered.has(key)) found.push(`measurement: "${key}" is not a covered OES pair; run npm run oes:coverage again`);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// docs/oes-compatibility.md

const ROUTE_LABEL: Record<RouteStatus, string> = {
  served: "served",
  deviates: "deviates",
  "not-offered": "not offered",
  planned: "planned",
  missing: "**missing**",
};

const MEMBER_LABEL: Record<MemberStatus, string> = {
  stored: "stored",
  served: "served",
  ignored: "ignored on write",
  deviates: "deviates",
  "not-offered": "not offered",
  planned: "planned",
  missing: "**missing**",
};

/** Markdown-safe table cell. */
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const code = (text: string) => `\`${text}\``;

/** Long reasons are written once, numbered, and cited by number. */
class Reasons {
  private readonly ids = new Map<string, number>();
  cite(reason: string | undefined): string {
    if (!reason) return "";
    let id = this.ids.get(reason);
    if (id === undefined) this.ids.set(reason, (id = this.ids.size + 1));
    return `[R${id}](#r${id})`;
  }
  render(): string[] {
    return [...this.ids].map(([reason, id]) => `- <a id="r${id}"></a>**R${id}** ${reason}`);
  }
}

const tallyOf = (rows: readonly { status: string }[], statuses: readonly string[]) => rows.filter((row) => statuses.includes(row.status)).length;

function measuredCell(measurement: Measurement | undefined, key: string): string {
  if (!measurement) return "";
  const result = measurement.pairs[key];
  if (!result) return "not probed";
  return result.answered ? `✓ ${result.status}` : `✗ ${result.status || "no answer"}${result.why ? ` (${cell(result.why)})` : ""}`;
}

const oesFlags = (member: OesMember) =>
  [member.type, member.required ? "required" : "", member.dumpOnly ? "read-only" : "", member.loadOnly ? "write-only" : "", member.schemas === "all" ? "" : `only ${member.schemas.join(", ")}`]
    .filter(Boolean)
    .join(", ");

export function renderMatrix(facts: AppFacts, measurement?: Measurement, compat: Compat = DECLARED): string {
  const routes = routeRows(facts, compat);
  const members = memberRows(facts, compat);
  const reasons = new Reasons();
  const summary = measurement ? summarize(measurement) : undefined;
  const measuredTally = (group: string): Tally | undefined => summary?.groups.find((row) => row.group === group)?.tally;
  const out: string[] = [];
  const line = (...text: string[]) => out.push(...text);

  line(
    "# Open Event Server compatibility",
    "",
    "<!-- Generated by `npm run oes:matrix` from lib/oes/compat.ts, lib/oes/data/*.json, the app's route files and resource declarations, and docs/oes-coverage.json. Do not edit by hand. -->",
    "",
    "What this API does with every route and attribute of [Open Event Server](https://github.com/fossasia/open-event-server) (OES, commit 071d1595) in the areas this product covers.",
    "The hand-maintained part (reasons, deviations, scope) is lib/oes/compat.ts; everything else is derived from the app, and lib/oes/compat.test.ts fails when this file is stale or when compat.ts contradicts the app.",
    "",
    "## How to read it",
    "",
    "- **Pairs.** A pair is an OES path template × HTTP method as Flask routes it (HEAD and OPTIONS aside; a method an earlier identical rule takes belongs to that rule). Paths keep OES's parameter names (`{event_id}`, `{event_identifier}`).",
    "- **Groups.** A pair belongs to the group of the OES class (or blueprint view) that serves it: the Python module, named like its URL (`custom/X.py` joins X; `event_image_sizes` and `speaker_image_sizes` form image-sizes; `exports`, `imports`, `uploads`, `celery_tasks` are export, import, upload, tasks). So `/v1/sessions/{id}/event` is in *events* (EventDetail serves it), and the events group holds every route that answers an event (lib/oes/NOTES.md, \"Path × method counts\").",
    `- **Scope.** ${IN_SCOPE_GROUPS.length} groups are in scope (the ${(COVERAGE_TARGET * 100).toFixed(0)}% target); ${Object.keys(PLANNED_GROUPS).join(", ")} are planned: listed and probed, outside the target.`,
    "- **Route status.** *served*: a route file of ours at the same path exports the method (a literal OES segment needs the same literal here: `/v1/events/upcoming` is not served by `/v1/events/[id]`). *deviates*: served, and different from OES on purpose (reason given). *not offered*: a feature this product does not have (reason given; it may still answer, e.g. with an empty collection). *planned*: comes with later work. **missing**: none of these — a gap.",
    "- **Attribute status.** *stored*: our declaration of the type has a member of that name (read-write, or read-only: then a client may send it and it is ignored). *ignored on write*: accepted in request bodies and not stored. **missing**: a request carrying it is refused with 422 (or, when we do not serve the type at all, nothing answers). Relationships: *served* (in our documents, includable unless said), *not offered*, *planned*, **missing**.",
    "- **Probe.** `npm run oes:coverage` sends every pair of the covered groups to a running app with the demo data (writes go to throw-away rows it creates; a PATCH of a kind it cannot create sends no attributes) and records whether it was *answered*: a JSON:API document (any JSON object for OES's non-JSON:API routes), not 405, 501 or 5xx, not the router's not-found page, and no 404 for a row that exists. The exact rules are in lib/oes/probe.ts. ✓/✗ and the status code in the *probe* column come from docs/oes-coverage.json.",
    "",
  );

  // Summary of routes.
  line("## Routes by group", "");
  if (measurement) line(`Probed ${measurement.measuredAt.slice(0, 10)} against ${measurement.app}.`, "");
  line("| group | pairs | served | deviates | not offered | planned | missing | answered (probe) |", "|---|---:|---:|---:|---:|---:|---:|---:|");
  const groupList = [...IN_SCOPE_GROUPS, ...Object.keys(PLANNED_GROUPS)];
  const totals = (planned: boolean) => routes.filter((row) => row.planned === planned);
  const routeSummaryRow = (label: string, rows: RouteRow[], tally: Tally | undefined) =>
    `| ${label} | ${rows.length} | ${tallyOf(rows, ["served"])} | ${tallyOf(rows, ["deviates"])} | ${tallyOf(rows, ["not-offered"])} | ${tallyOf(rows, ["planned"])} | ${tallyOf(rows, ["missing"])} | ${tally ? `${tally.answered} (${percent(tally)})` : ""} |`;
  for (const group of groupList) {
    line(routeSummaryRow(`[${group}](#routes-${group})${plannedGroups.has(group) ? " (planned)" : ""}`, routes.filter((row) => row.pair.group === group), measuredTally(group)));
  }
  line(routeSummaryRow(`**${IN_SCOPE_GROUPS.length} groups in scope**`, totals(false), summary?.inScope));
  line(routeSummaryRow("**planned groups**", totals(true), summary?.planned), "");

  if (summary) {
    line("### Create, read, update, delete per resource (probe)", "", "Answered / OES pairs of each operation: GET and POST on OES's list routes of the type, GET, PATCH and DELETE on its detail routes (every path that answers the type).", "");
    line(`| type | ${CRUD_OPERATIONS.join(" | ")} |`, `|---|${CRUD_OPERATIONS.map(() => "---:").join("|")}|`);
    for (const row of summary.crud) {
      line(`| ${row.type}${row.planned ? " (planned)" : ""} | ${CRUD_OPERATIONS.map((operation) => (row.operations[operation] ? `${row.operations[operation]!.answered}/${row.operations[operation]!.pairs}` : "—")).join(" | ")} |`);
    }
    line("");
  }

  // Summary of attributes.
  line("## Attributes by type", "", "| type | OES attributes | stored | ignored on write | missing | OES relationships | served | not offered | missing |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const { type, planned } of coveredTypes()) {
    const attributes = members.filter((row) => row.type === type && row.kind === "attribute");
    const relationships = members.filter((row) => row.type === type && row.kind === "relationship");
    line(
      `| [${type}](#type-${type})${planned ? " (planned)" : ""} | ${attributes.length} | ${tallyOf(attributes, ["stored", "deviates"])} | ${tallyOf(attributes, ["ignored"])} | ${tallyOf(attributes, ["missing", "planned"])} | ${relationships.length} | ${tallyOf(relationships, ["served", "deviates"])} | ${tallyOf(relationships, ["not-offered"])} | ${tallyOf(relationships, ["missing", "planned"])} |`,
    );
  }
  const inScopeTypes = new Set(coveredTypes().filter(({ planned }) => !planned).map(({ type }) => type));
  const inScopeAttributes = members.filter((row) => row.kind === "attribute" && inScopeTypes.has(row.type));
  const stored = tallyOf(inScopeAttributes, ["stored", "deviates"]);
  line(
    "",
    `Of the ${inScopeAttributes.length} OES attributes of the types in scope, ${stored} (${((stored / inScopeAttributes.length) * 100).toFixed(1)}%) are stored here and ${tallyOf(inScopeAttributes, ["ignored"])} ignored on write.`,
    "",
  );

  // Disagreements between what the files say and what the probe saw.
  if (measurement) {
    const disagreements = routes.filter((row) => {
      const answered = measurement.pairs[row.pair.key]?.answered;
      return answered !== undefined && answered !== (row.by !== undefined);
    });
    line("## Declared and measured disagree", "");
    if (!disagreements.length) line("Nowhere: every pair a route file serves was answered, and no other pair was.", "");
    else {
      line("Pairs a route file serves that the probe saw unanswered, or answered pairs with no route file at their path (e.g. answered by a dynamic route reading a literal segment as an id):", "");
      line("| pair | route file | probe |", "|---|---|---|");
      for (const row of disagreements) line(`| ${code(row.pair.key)} | ${row.by ? code(row.by) : "none"} | ${measuredCell(measurement, row.pair.key)} |`);
      line("");
    }
  }

  // Every route.
  line("## Routes", "");
  for (const group of groupList) {
    const rows = routes.filter((row) => row.pair.group === group);
    line(`### <a id="routes-${group}"></a>${group}${plannedGroups.has(group) ? " (planned)" : ""}`, "");
    line(`| method | path | OES | status | ours / why |${measurement ? " probe |" : ""}`, `|---|---|---|---|---|${measurement ? "---|" : ""}`);
    for (const row of rows) {
      const detail = [row.by ? code(row.by.replace(/\/route\.ts$/, "")) : "", reasons.cite(row.reason), row.note ? cell(row.note) : ""].filter(Boolean).join(" ");
      line(`| ${row.pair.method} | ${code(row.pair.path)} | ${row.pair.kind} | ${ROUTE_LABEL[row.status]} | ${detail} |${measurement ? ` ${measuredCell(measurement, row.pair.key)} |` : ""}`);
    }
    line("");
  }

  // Every attribute and relationship.
  line("## Attributes and relationships", "");
  for (const { type, group, planned } of coveredTypes()) {
    line(`### <a id="type-${type}"></a>${type}${planned ? " (planned)" : ""}`, "", `Group ${group}. OES schema${oesTypes()[type]!.schemas.length > 1 ? "s" : ""}: ${oesTypes()[type]!.schemas.join(", ")}.`, "");
    for (const kind of ["attribute", "relationship"] as const) {
      const rows = members.filter((row) => row.type === type && row.kind === kind);
      if (!rows.length) continue;
      line(`| ${kind} | OES | status | here | why |`, "|---|---|---|---|---|");
      for (const row of rows) {
        const oes = kind === "relationship" ? oesFlags({ ...row.oes, type: `→ ${row.oes.type}${row.oes.many ? " (many)" : ""}` }) : oesFlags(row.oes);
        line(`| ${code(row.name)} | ${oes} | ${MEMBER_LABEL[row.status]} | ${row.here ?? ""} | ${reasons.cite(row.reason)} |`);
      }
      line("");
    }
    const resource = facts.resources.find((candidate) => candidate.type === type);
    const extra = resource ? [...resource.attributes.keys()].filter((name) => !(name in oesTypes()[type]!.attributes)) : [];
    if (extra.length) line(`Ours only (no OES attribute of that name): ${extra.map(code).join(", ")}.`, "");
  }

  line("## Reasons", "", ...reasons.render(), "");
  return out.join("\n");
}
