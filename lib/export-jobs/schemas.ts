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
