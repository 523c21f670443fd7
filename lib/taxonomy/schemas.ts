import { z } from "zod";
import { name, optionalImageUrl } from "../content/fields";

/**
 * Input contracts of the admin-maintained event taxonomy. A missing slug is derived from the
 * name (see slugify), so admins usually send the name only.
 */
export const slugSchema = z
  .string()
  .trim()
  .min(1, "Slug is required")
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Must be lower-case letters, digits and single dashes");

const named = { name, slug: slugSchema.optional() };

export const createEventTopicSchema = z.object({ ...named, systemImageUrl: optionalImageUrl });
export const updateEventTopicSchema = createEventTopicSchema.partial();
export type CreateEventTopicInput = z.infer<typeof createEventTopicSchema>;
export type UpdateEventTopicInput = z.infer<typeof updateEventTopicSchema>;

export const createEventSubTopicSchema = z.object(named);
export const updateEventSubTopicSchema = createEventSubTopicSchema.partial();
export type CreateEventSubTopicInput = z.infer<typeof createEventSubTopicSchema>;

export const createEventTypeSchema = z.object(named);
export const updateEventTypeSchema = createEventTypeSchema.partial();
export type CreateEventTypeInput = z.infer<typeof createEventTypeSchema>;

/** "Science & Technology" → "science-technology" (accents folded, so "Café" → "cafe"). */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100)
    .replace(/-+$/, "");
}
