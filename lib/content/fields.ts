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

/*
 * The URL rules of every domain (events, sessions, speakers, sponsors, social links, taxonomy)
 * and of the import, which checks archive data with these same schemas. Only http(s) is a link:
 * `javascript:`, `data:` or `vbscript:` values would be served by the API to every client that
 * puts them into an `href` or `src`.
 */
export const httpUrl = z.url({ protocol: /^https?$/, message: "Must be an http(s) URL" });

export const optionalUrl = z
  .union([httpUrl, z.literal("")])
  .nullish()
  .transform((value) => (value ? value : null));

/**
 * A path on this site (`/images/…`, `/uploads/…`). Not `//host/…` nor `/\host/…`: browsers read
 * both as another host.
 */
export const sitePath = z.string().regex(/^\/(?![/\\])[^\s\\]*$/, "Must be an http(s) URL or a path on this site");

/** Images may also be files served by this app (`/images/…`, uploads). */
export const optionalImageUrl = z
  .union([z.url({ protocol: /^https?$/, message: "Must be an http(s) URL or a path on this site" }), sitePath, z.literal("")])
  .nullish()
  .transform((value) => (value ? value : null));

export const position = z.number().int().min(0).max(1_000_000);

export const dateTime = z.coerce.date({ message: "Must be a date and time" });
