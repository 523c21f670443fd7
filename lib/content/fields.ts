import { z } from "zod";

/** zod building blocks shared by the content schemas (keys are internal camelCase names). */

export const name = z.string().trim().min(1, "Name is required").max(255);

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));

export const httpUrl = z.url({ protocol: /^https?$/, message: "Must be an http(s) URL" });

export const optionalUrl = z
  .union([httpUrl, z.literal("")])
  .nullish()
  .transform((value) => (value ? value : null));

/** Images may also be files served by this app (`/images/…`, uploads), but not `//host/…`. */
export const optionalImageUrl = z
  .union([
    httpUrl,
    z.string().regex(/^\/(?!\/)[^\s]*$/, "Must be an http(s) URL or a path on this site"),
    z.literal(""),
  ])
  .nullish()
  .transform((value) => (value ? value : null));

export const position = z.number().int().min(0).max(1_000_000);

export const dateTime = z.coerce.date({ message: "Must be a date and time" });
