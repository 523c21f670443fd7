import { z } from "zod";
import { optionalText, position } from "../content/fields";

export const PAGE_PLACES = ["footer", "event"] as const;

/** A page's path under /pages/: lower-case words joined by dashes (e.g. "terms", "code-of-conduct"). */
export const pageUrl = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lower-case letters, digits and dashes (e.g. privacy-policy)")
  .max(100);

/**
 * The one input contract of static pages (Open Event's `page`), for POST/PATCH /v1/pages and
 * the admin form. `description` is the page's HTML; the service sanitizes it before storing.
 */
export const pageSchema = z.object({
  name: z.string().trim().min(1, "Name is required").max(255),
  title: optionalText(255),
  url: pageUrl,
  description: optionalText(100_000),
  place: z.enum(PAGE_PLACES, { message: "Must be footer or event" }).nullish().transform((value) => value ?? null),
  language: optionalText(10),
  index: position,
});
export type PageInput = z.infer<typeof pageSchema>;

export const createPageSchema = pageSchema;
export const updatePageSchema = pageSchema.partial();
export type UpdatePageInput = z.infer<typeof updatePageSchema>;
