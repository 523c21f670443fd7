import { IN_SCOPE_GROUPS, PLANNED_GROUPS } from "./compat";
import { CRUD_OPERATIONS, crudOperation, groupTypes, oesPairs, type CrudOperation, type OesPair } from "./reference";

/**
 * What `npm run oes:coverage` measured against a running app (written to docs/oes-coverage.json
 * and shown beside the declared status in docs/oes-compatibility.md), and the figures it prints.
 */

export interface PairResult {
  /** The request sent (templates filled with rows of the demo data or throw-away rows). */
  url: string;
  /** HTTP status, or 0 when the request failed without an answer. */
  status: number;
  answered: boolean;
  /** Why a pair did not count as answered (router 404, 405, 5xx, …). */
  why?: string;
}

export interface Measurement {
  measuredAt: string;
  /** What was probed: "a production build with the demo data", or the URL given. */
  app: string;
  /** By pair key (`GET /v1/events/{event_id}/sessions`). */
  pairs: Record<string, PairResult>;
}

export interface Tally {
  pairs: number;
  answered: number;
}

export const share = ({ pairs, answered }: Tally) => (pairs ? answered / pairs : 0);
export const percent = (tally: Tally) => `${(share(tally) * 100).toFixed(1)}%`;

export interface CoverageSummary {
  groups: { group: string; planned: boolean; tally: Tally }[];
  inScope: Tally;
  planned: Tally;
  /** Per OES type of the covered groups: answered/total pairs of each CRUD operation (absent: OES has none). */
  crud: { type: string; planned: boolean; operations: Partial<Record<CrudOperation, Tally>> }[];
}

const inScope = new Set<string>(IN_SCOPE_GROUPS);
const plannedGroups = new Set(Object.keys(PLANNED_GROUPS));

/** The OES pairs of the covered groups (in scope first, then planned), in route-table order. */
export function coveredPairs(): OesPair[] {
  const all = oesPairs();
  return [...all.filter((pair) => inScope.has(pair.group)), ...all.filter((pair) => plannedGroups.has(pair.group))];
}

const add = (tally: Tally | undefined, answered: boolean): Tally => ({ pairs: (tally?.pairs ?? 0) + 1, answered: (tally?.answered ?? 0) + (answered ? 1 : 0) });

/** Per group, in scope and planned totals, and CRUD per type. A pair not measured counts as not answered. */
export function summarize(measurement: Pick<Measurement, "pairs">): CoverageSummary {
  const groups = new Map<string, Tally>();
  const crud = new Map<string, Partial<Record<CrudOperation, Tally>>>();
  const typePlanned = new Map<string, boolean>();
  let inScopeTally: Tally = { pairs: 0, answered: 0 };
  let plannedTally: Tally = { pairs: 0, answered: 0 };
  for (const pair of coveredPairs()) {
    const answered = measurement.pairs[pair.key]?.answered ?? false;
    groups.set(pair.group, add(groups.get(pair.group), answered));
    const planned = plannedGroups.has(pair.group);
    if (planned) plannedTally = add(plannedTally, answered);
    else inScopeTally = add(inScopeTally, answered);
    const operation = crudOperation(pair);
    if (operation && pair.type) {
      const operations = crud.get(pair.type) ?? {};
      operations[operation] = add(operations[operation], answered);
      crud.set(pair.type, operations);
      typePlanned.set(pair.type, planned);
    }
  }
  return {
    groups: [...IN_SCOPE_GROUPS, ...plannedGroups].map((group) => ({ group, planned: plannedGroups.has(group), tally: groups.get(group) ?? { pairs: 0, answered: 0 } })),
    inScope: inScopeTally,
    planned: plannedTally,
    crud: [...IN_SCOPE_GROUPS, ...plannedGroups]
      .flatMap((group) => groupTypes(group))
      .filter((type) => crud.has(type))
      .map((type) => ({ type, planned: typePlanned.get(type) ?? false, operations: crud.get(type)! })),
  };
}

const pad = (cells: string[], widths: number[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]!.length)));
  return [pad(header, widths), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map((row) => pad(row, widths))].join("\n");
}

const crudCell = (tally: Tally | undefined) => (tally ? `${tally.answered}/${tally.pairs}` : "—");

/** The tables the probe prints: per group, the in-scope total against the target, and CRUD per type. */
export function formatSummary(summary: CoverageSummary, target: number): string {
  const groupRows = (planned: boolean) =>
    summary.groups.filter((row) => row.planned === planned).map(({ group, tally }) => [group, String(tally.pairs), String(tally.answered), percent(tally)]);
  const total = (label: string, tally: Tally) => [label, String(tally.pairs), String(tally.answered), percent(tally)];
  const crudRows = (planned: boolean) =>
    summary.crud.filter((row) => row.planned === planned).map(({ type, operations }) => [type, ...CRUD_OPERATIONS.map((operation) => crudCell(operations[operation]))]);
  return [
    table(["group (in scope)", "pairs", "answered", "share"], [...groupRows(false), total(`total of ${IN_SCOPE_GROUPS.length} groups`, summary.inScope)]),
    `\nTarget: ${(target * 100).toFixed(0)}% of the in-scope pairs; measured ${percent(summary.inScope)} (${summary.inScope.answered} of ${summary.inScope.pairs}).\n`,
    table(["group (planned)", "pairs", "answered", "share"], [...groupRows(true), total("total of the planned groups", summary.planned)]),
    "\nCRUD per resource (answered/pairs of OES's list, create, read, update and delete routes of the type):\n",
    table(["type", ...CRUD_OPERATIONS], [...crudRows(false), ...crudRows(true).map(([type, ...cells]) => [`${type} (planned)`, ...cells])]),
  ].join("\n");
}
