import { z } from "zod";
import { EXPORT_FORMATS } from "./format-names";

export const exportFormatSchema = z.enum(EXPORT_FORMATS);

/** `POST …/export/json` body: which media kinds go into the zip. Missing → false. */
export const jsonExportOptionsSchema = z
  .object({
    image: z.boolean().default(false),
    video: z.boolean().default(false),
    document: z.boolean().default(false),
    audio: z.boolean().default(false),
  })
  .strict();
export type JsonExportOptions = z.infer<typeof jsonExportOptionsSchema>;

/** Bodies of the CSV exports (Open Event posts an empty object). */
export const emptyExportBodySchema = z.object({}).strict();

/** File names of stored exports: `<random token>-<label>.<ext>`; anything else is 404. */
export const exportFileNameSchema = z.string().regex(/^[0-9a-f]{32}-[a-z0-9-]{1,32}\.[a-z]{2,4}$/);

/**
 * The payload of the export job (lib/export-jobs/job.ts): the user who asked is the one told
 * when it is ready.
 */
export const exportRequestedPayloadSchema = z.object({
  eventId: z.number().int().positive(),
  userId: z.number().int().positive(),
  format: exportFormatSchema,
  /** JSON zip only: media kinds to include (missing = false). */
  options: z
    .object({ image: z.boolean().optional(), video: z.boolean().optional(), document: z.boolean().optional(), audio: z.boolean().optional() })
    .strict()
    .optional(),
});
export type ExportRequestedPayload = z.infer<typeof exportRequestedPayloadSchema>;
