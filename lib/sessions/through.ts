import type { AttributeDef } from "../jsonapi/resource";

/**
 * Sessions and speakers are linked through the SessionSpeaker join table, while lib/jsonapi
 * expects a relationship to load its target records directly. Loading `session.speakers`
 * therefore yields join rows (`{ sessionId, speakerId, speaker }`). Two measures bridge that
 * without changing the JSON:API core:
 *
 * - the session and speaker resources read either a record or a join row carrying one
 *   (`unwrapVia`, `unwrapAttributes`), which covers join rows at the last level of an include
 *   path (`/v1/events/1?include=sessions.speakers`), whatever service loaded them;
 * - services of this module replace join rows by their targets one level down
 *   (`flattenThrough`) before serializing, so that `include=speakers.sessions` can descend.
 *
 * NEEDS (lib/jsonapi): a `through` option on RelationshipDef would make both unnecessary and
 * also make `filter` with `any` on these relationships work everywhere (see `rewriteThrough`).
 */

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** The record itself, or the one a join row carries under `key`. */
export function unwrapVia<R>(key: string): (record: unknown) => R {
  return (record) => (isObject(record) && isObject(record[key]) ? record[key] : record) as R;
}

/** Attribute declarations that read through `unwrap` (record or join row). */
export function unwrapAttributes<R>(
  attributes: Record<string, AttributeDef<R>>,
  unwrap: (record: unknown) => R,
): Record<string, AttributeDef<R>> {
  return Object.fromEntries(
    Object.entries(attributes).map(([key, def]) => [
      key,
      {
        ...def,
        get: (record: R) => {
          const target = unwrap(record);
          return def.get ? def.get(target) : (target as Record<string, unknown>)[key];
        },
      },
    ]),
  );
}

/** Replaces the join rows under `field` of each record by the records they carry under `via`. */
export function flattenThrough<T>(records: T[], field: string, via: string): T[] {
  for (const record of records) {
    const rows = (record as Record<string, unknown>)[field];
    if (Array.isArray(rows)) (record as Record<string, unknown>)[field] = rows.map(unwrapVia(via));
  }
  return records;
}

/** Relationship key → the join row's property holding the target, and the target's own joins. */
export interface Joins {
  [relationship: string]: { via: string; joins: () => Joins };
}

/**
 * A filter's `{ speakers: { some: <speaker where> } }` (what lib/jsonapi/filter.ts builds for
 * `"op": "any"`) → `{ speakers: { some: { speaker: <speaker where> } } }`, recursively, so that
 * filtering sessions by speaker (and speakers by session) reaches the join table's target.
 */
export function rewriteThrough(where: unknown, joins: Joins): Record<string, unknown> {
  return rewrite(where, joins) as Record<string, unknown>;
}

function rewrite(where: unknown, joins: Joins): unknown {
  if (Array.isArray(where)) return where.map((item) => rewrite(item, joins));
  if (!isObject(where)) return where;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(where)) {
    const join = joins[key];
    if (key === "AND" || key === "OR" || key === "NOT") out[key] = rewrite(value, joins);
    else if (join && isObject(value) && isObject(value.some)) out[key] = { some: { [join.via]: rewrite(value.some, join.joins()) } };
    else out[key] = value;
  }
  return out;
}

/** The join-table relationships of sessions and speakers, for `rewriteThrough`. */
export const SESSION_JOINS: Joins = { speakers: { via: "speaker", joins: () => SPEAKER_JOINS } };
export const SPEAKER_JOINS: Joins = { sessions: { via: "session", joins: () => SESSION_JOINS } };
