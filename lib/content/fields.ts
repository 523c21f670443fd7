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

const URL_OR_SITE_PATH = "Must be an http(s) URL or a path on this site";

/**
 * A path on this site (`/images/…`, `/uploads/…`). Not `//host/…` nor `/\host/…`: browsers read
 * both as another host.
 */
export const sitePath = z.string().regex(/^\/(?![/\\])[^\s\\]*$/, URL_OR_SITE_PATH);

/**
 * An http(s) URL or a path on this site. What `/v1/upload/image` and `/v1/upload/files` answer is
 * one of these (`/uploads/…` from the local store, an https URL from UploadThing), so a field that
 * takes uploaded files (images, a session's slides, video and audio) takes this, or a client
 * could not save what the upload answered. No other scheme, as for `optionalUrl`.
 */
export const optionalUrlOrSitePath = z
  .union([z.url({ protocol: /^https?$/ }), sitePath, z.literal("")], { error: URL_OR_SITE_PATH })
  .nullish()
  .transform((value) => (value ? value : null));

/** Images may also be files served by this app (`/images/…`, uploads). */
export const optionalImageUrl = optionalUrlOrSitePath;

export const position = z.number().int().min(0).max(1_000_000);

export const dateTime = z.coerce.date({ message: "Must be a date and time" });

/** A broken cross-field rule of a content row: the internal attribute key and the message. */
export interface ContentIssue {
  path: string;
  message: string;
}

/** Adds a resource's cross-field rules to a zod object schema as issues with paths. */
export function refineWith(rules: (value: Record<string, unknown>) => ContentIssue[]) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    for (const issue of rules(value)) ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
  };
}
