import { refreshPublicAnswers } from "../custom-forms/public-answers";
import { db, type Tx } from "../db";
import { newIdentifier } from "../events/create-event";
import { Prisma } from "../generated/prisma/client";
import type { ImportPlan } from "./plan";

/**
 * Writes a validated plan in ONE transaction, in Open Event's order (event → social links →
 * forms → rooms → sponsors → speakers → tracks → session types → sessions → session↔speaker
 * links): any error rolls everything back. Rows are inserted with `createMany` and ids taken
 * beforehand from each table's sequence, so the old→new id map is known without relying on the
 * order of RETURNING rows, and the FOSSASIA sample (214 sessions, 207 speakers) needs a dozen
 * statements instead of hundreds.
 *
 * Progress goes through `onProgress`, which the job writes with the shared client, i.e. on
 * another connection: it is visible while the transaction runs and is not rolled back with it.
 */

export type ProgressFn = (text: string, percent: number) => Promise<void>;

const SESSION_CHUNK = 100;

async function allocateIds(tx: Tx, table: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT nextval(pg_get_serial_sequence(${`"${table}"`}, 'id'))::int AS id FROM generate_series(1, ${count}::int)`;
  return rows.map((row) => Number(row.id));
}

async function uniqueIdentifier(tx: Tx): Promise<string> {
  for (let attempt = 0; attempt < 10; attempt++) {
    const identifier = newIdentifier();
    if (!(await tx.event.findUnique({ where: { identifier }, select: { id: true } }))) return identifier;
  }
  throw new Error("Could not find a free event identifier");
}

type TaxonomyRef = ImportPlan["taxonomy"]["type"];

/** How a file names a taxonomy row in messages: its name, else its slug. */
const shown = (ref: TaxonomyRef) => `"${ref.name ?? ref.slug}"`;

/**
 * Where a taxonomy row is looked up: by slug (our exports; stable when a row is renamed) or by
 * name without regard to case (legacy files have names only). Live rows only.
 */
function lookup(ref: TaxonomyRef) {
  if (!ref.name && !ref.slug) return null;
  return {
    deletedAt: null,
    OR: [
      ...(ref.slug ? [{ slug: ref.slug.trim() }] : []),
      ...(ref.name ? [{ name: { equals: ref.name.trim(), mode: "insensitive" as const } }] : []),
    ],
  };
}

/**
 * Event types, topics and sub-topics are the platform's rows, shared by every event and kept by
 * the admins: an import links the ones this site has and lists the others as skipped; it never
 * creates them. A slug match wins over a name match.
 */
async function taxonomyIds(tx: Tx, plan: ImportPlan) {
  const { type, topic, subTopic } = plan.taxonomy;
  const bySlugFirst = <T extends { slug: string }>(rows: T[], ref: TaxonomyRef) => rows.find((row) => ref.slug && row.slug === ref.slug.trim()) ?? rows[0];
  const ids: { eventTypeId?: number; eventTopicId?: number; eventSubTopicId?: number } = {};
  const typeWhere = lookup(type);
  if (typeWhere) {
    const row = bySlugFirst(await tx.eventType.findMany({ where: typeWhere, select: { id: true, slug: true }, orderBy: { id: "asc" } }), type);
    if (row) ids.eventTypeId = row.id;
    else plan.skipped.push(`event: type ${shown(type)} is not an event type of this site; left empty`);
  }
  const topicWhere = lookup(topic);
  const subTopicWhere = lookup(subTopic);
  if (topicWhere) {
    const row = bySlugFirst(await tx.eventTopic.findMany({ where: topicWhere, select: { id: true, slug: true }, orderBy: { id: "asc" } }), topic);
    if (row) {
      ids.eventTopicId = row.id;
      if (subTopicWhere) {
        const sub = bySlugFirst(
          await tx.eventSubTopic.findMany({ where: { eventTopicId: row.id, ...subTopicWhere }, select: { id: true, slug: true }, orderBy: { id: "asc" } }),
          subTopic,
        );
        if (sub) ids.eventSubTopicId = sub.id;
        else plan.skipped.push(`event: sub-topic ${shown(subTopic)} is not a sub-topic of ${shown(topic)} here; left empty`);
      }
    } else {
      plan.skipped.push(`event: topic ${shown(topic)} is not an event topic of this site; left empty`);
      if (subTopicWhere) plan.skipped.push(`event: sub-topic ${shown(subTopic)} left empty with its topic`);
    }
  } else if (subTopicWhere) {
    plan.skipped.push(`event: sub-topic ${shown(subTopic)} without a topic; left empty`);
  }
  return ids;
}

/** The form fields, then their options (by the new fields' ids). */
async function writeForms(tx: Tx, eventId: number, forms: ImportPlan["forms"]): Promise<void> {
  if (!forms.length) return;
  const created = await tx.customForm.createManyAndReturn({
    data: forms.map(({ options: _options, ...row }) => ({ ...row, eventId })),
    select: { id: true, form: true, fieldIdentifier: true },
  });
  const ids = new Map(created.map((row) => [`${row.form} ${row.fieldIdentifier}`, row.id]));
  const options = forms.flatMap((field) =>
    field.options.map((value, position) => ({ customFormId: ids.get(`${field.form} ${field.fieldIdentifier}`)!, value, position })),
  );
  if (options.length) await tx.customFormOption.createMany({ data: options });
}

export async function writeImport(
  plan: ImportPlan,
  options: { userId: number; importJobTaskId?: string; result?: (eventId: number, identifier: string) => Prisma.InputJsonValue; onProgress?: ProgressFn },
): Promise<{ eventId: number; identifier: string }> {
  const progress = options.onProgress ?? (async () => {});
  const written = await db.$transaction(
    async (tx) => {
      await progress("Importing the event", 40);
      const identifier = await uniqueIdentifier(tx);
      const event = await tx.event.create({
        data: { ...plan.event, ...(await taxonomyIds(tx, plan)), identifier, creatorId: options.userId, state: "draft" },
        select: { id: true },
      });
      const eventId = event.id;
      const owner = await tx.role.findUniqueOrThrow({ where: { name: "owner" }, select: { id: true } });
      await tx.usersEventsRoles.create({ data: { userId: options.userId, eventId, roleId: owner.id } });

      await progress(`Importing social links (${plan.socialLinks.length})`, 42);
      if (plan.socialLinks.length) await tx.socialLink.createMany({ data: plan.socialLinks.map((row) => ({ ...row, eventId })) });

      await progress(`Importing forms (${plan.forms.length})`, 44);
      await writeForms(tx, eventId, plan.forms);

      await progress(`Importing rooms (${plan.rooms.length})`, 46);
      const roomIds = await allocateIds(tx, "Microlocation", plan.rooms.length);
      if (roomIds.length) await tx.microlocation.createMany({ data: plan.rooms.map((row, i) => ({ ...row, id: roomIds[i]!, eventId })) });

      await progress(`Importing sponsors (${plan.sponsors.length})`, 48);
      if (plan.sponsors.length) await tx.sponsor.createMany({ data: plan.sponsors.map((row) => ({ ...row, eventId })) });

      await progress(`Importing speakers (${plan.speakers.length})`, 52);
      const speakerIds = await allocateIds(tx, "Speaker", plan.speakers.length);
      if (speakerIds.length) {
        await tx.speaker.createMany({
          data: plan.speakers.map((row, i) => ({ ...row, id: speakerIds[i]!, eventId, complexFieldValues: row.complexFieldValues ?? Prisma.DbNull })),
        });
      }

      await progress(`Importing tracks (${plan.tracks.length})`, 60);
      const trackIds = await allocateIds(tx, "Track", plan.tracks.length);
      if (trackIds.length) await tx.track.createMany({ data: plan.tracks.map((row, i) => ({ ...row, id: trackIds[i]!, eventId })) });

      await progress(`Importing session types (${plan.sessionTypes.length})`, 62);
      const typeIds = await allocateIds(tx, "SessionType", plan.sessionTypes.length);
      if (typeIds.length) await tx.sessionType.createMany({ data: plan.sessionTypes.map((row, i) => ({ ...row, id: typeIds[i]!, eventId })) });

      const total = plan.sessions.length;
      const sessionIds = await allocateIds(tx, "Session", total);
      for (let start = 0; start < total; start += SESSION_CHUNK) {
        await progress(`Importing sessions (${start}/${total})`, 65 + Math.floor((25 * start) / Math.max(1, total)));
        const chunk = plan.sessions.slice(start, start + SESSION_CHUNK);
        await tx.session.createMany({
          data: chunk.map((session, i) => ({
            ...session.data,
            createdAt: session.data.createdAt ?? undefined,
            complexFieldValues: session.data.complexFieldValues ?? Prisma.DbNull,
            id: sessionIds[start + i]!,
            eventId,
            trackId: session.track === null ? null : trackIds[session.track]!,
            microlocationId: session.room === null ? null : roomIds[session.room]!,
            sessionTypeId: session.type === null ? null : typeIds[session.type]!,
          })),
        });
      }
      await progress(`Importing sessions (${total}/${total})`, 90);

      // The answers anyone may see, by the imported forms.
      await refreshPublicAnswers(eventId, undefined, tx);

      const links = plan.sessions.flatMap((session, i) => session.speakers.map((speaker) => ({ sessionId: sessionIds[i]!, speakerId: speakerIds[speaker]! })));
      await progress(`Linking speakers to sessions (${links.length})`, 92);
      if (links.length) await tx.sessionSpeaker.createMany({ data: links });

      // The job's record commits with the event: an ImportJob never points at a rolled-back event.
      if (options.importJobTaskId) {
        await tx.importJob.update({
          where: { taskId: options.importJobTaskId },
          data: { eventId, resultStatus: "success", ...(options.result ? { result: options.result(eventId, identifier) } : {}) },
        });
      }
      return { eventId, identifier };
    },
    // The default 5 s interactive-transaction timeout is too tight for a large event on a busy machine.
    { timeout: 120_000, maxWait: 10_000 },
  );
  // A large import can change the tables' shape faster than autovacuum notices: refresh the
  // planner's statistics now so that the first pages and exports of the new event get good plans.
  // The import is committed by now: a failure here is logged, never reported as a failed import.
  if (plan.sessions.length + plan.speakers.length >= ANALYZE_AFTER_ROWS) {
    try {
      await db.$executeRawUnsafe(`ANALYZE "Session", "Speaker", "SessionSpeaker", "Microlocation", "Track", "SessionType"`);
    } catch (error) {
      console.error("[import] ANALYZE after the import failed", error);
    }
  }
  return written;
}

/** Imports with at least this many sessions and speakers refresh the planner's statistics. */
const ANALYZE_AFTER_ROWS = 200;
