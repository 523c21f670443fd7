import { db, type Tx } from "../db";
import type { FormKind } from "./fields";

/**
 * Sessions and speakers keep the part of their answers anyone may see in `publicFieldValues`
 * (the answers to included, public custom fields), so public documents, pages and exports read
 * a column instead of the form definition: no query more for any list, and nothing private can
 * be read by forgetting a filter. A write of answers stores both (check-answers.ts, with the same
 * rule as `publicAnswers` in form-schema.ts); a change of the form rewrites the event's column
 * here, in the transaction of the change.
 */
export async function refreshPublicAnswers(eventId: number, form?: FormKind, client: Tx = db): Promise<void> {
  if (!form || form === "session") {
    await client.$executeRaw`
      UPDATE "Session" s SET "publicFieldValues" = CASE WHEN jsonb_typeof(s."complexFieldValues") = 'object' THEN (
        SELECT jsonb_object_agg(a.key, a.value) FROM jsonb_each(s."complexFieldValues") a
        JOIN "CustomForm" f ON f."eventId" = s."eventId" AND f."form" = 'session' AND f."fieldIdentifier" = a.key
          AND f."isComplex" AND f."isIncluded" AND f."isPublic" AND f."deletedAt" IS NULL) END
      WHERE s."eventId" = ${eventId} AND (s."complexFieldValues" IS NOT NULL OR s."publicFieldValues" IS NOT NULL)`;
  }
  if (!form || form === "speaker") {
    await client.$executeRaw`
      UPDATE "Speaker" s SET "publicFieldValues" = CASE WHEN jsonb_typeof(s."complexFieldValues") = 'object' THEN (
        SELECT jsonb_object_agg(a.key, a.value) FROM jsonb_each(s."complexFieldValues") a
        JOIN "CustomForm" f ON f."eventId" = s."eventId" AND f."form" = 'speaker' AND f."fieldIdentifier" = a.key
          AND f."isComplex" AND f."isIncluded" AND f."isPublic" AND f."deletedAt" IS NULL) END
      WHERE s."eventId" = ${eventId} AND (s."complexFieldValues" IS NOT NULL OR s."publicFieldValues" IS NOT NULL)`;
  }
}
