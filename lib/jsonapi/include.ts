import type { Actor } from "../auth/actor";
import { resourceOf } from "./registry";
import type { AnyResource, IncludeTree } from "./resource";

/**
 * The Prisma `include` that loads what a response needs: the resource's base include plus
 * every included relationship, recursively. Each level is one query for the whole page, so the
 * number of queries depends on the include depth and never on the number of records.
 */
export function prismaInclude(resource: AnyResource, tree: IncludeTree, actor: Actor): Record<string, unknown> {
  const include: Record<string, unknown> = { ...(resource.baseInclude?.(actor) ?? {}) };
  for (const [key, nested] of Object.entries(tree)) {
    const rel = resource.relationships?.[key];
    if (!rel) continue;
    const target = resourceOf(rel.type);
    const inner = prismaInclude(target, nested, actor);
    const innerOrUndefined = Object.keys(inner).length ? inner : undefined;
    const targetArg = innerOrUndefined ? { include: innerOrUndefined } : true;
    if (rel.through) {
      const rows = (rel.load?.(innerOrUndefined, actor) ?? {}) as { include?: Record<string, unknown> };
      include[rel.field ?? key] = { ...rows, include: { ...rows.include, [rel.through.field]: targetArg } };
    } else {
      include[rel.field ?? key] = rel.load ? rel.load(innerOrUndefined, actor) : targetArg;
    }
  }
  return include;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);

/**
 * The target a join row of a `through` relationship carries; a value that is already the target
 * (see `resolveThrough`) is returned as it is, so records may be resolved or not.
 */
export function throughTarget(row: unknown, field: string): unknown {
  return isRecord(row) && isRecord(row[field]) ? row[field] : row;
}

/**
 * Replaces the join rows of every `through` relationship of loaded records by their targets, at
 * every level of the include tree, in place: services hand out sessions whose `speakers` are
 * speakers, and `visible` and the serializer read targets. Join rows loaded by a `baseInclude`
 * (present whatever the tree) are resolved too. Idempotent.
 */
export function resolveThrough<T>(resource: AnyResource, records: readonly T[], tree: IncludeTree = {}): readonly T[] {
  for (const [key, def] of Object.entries(resource.relationships ?? {})) {
    const field = def.field ?? key;
    const nested = tree[key];
    const targets: unknown[] = [];
    for (const item of records) {
      if (!isRecord(item)) continue;
      const record: Record<string, unknown> = item;
      const value = record[field];
      if (def.through && Array.isArray(value)) {
        const through = def.through.field;
        record[field] = value.map((row) => throughTarget(row, through));
      }
      if (nested && Object.keys(nested).length) {
        const loaded = record[field];
        if (Array.isArray(loaded)) targets.push(...loaded);
        else if (loaded) targets.push(loaded);
      }
    }
    if (targets.length) resolveThrough(resourceOf(def.type), targets, nested);
  }
  return records;
}
