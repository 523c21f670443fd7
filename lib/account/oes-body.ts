import { z, ZodError, type ZodType } from "zod";
import type { Actor } from "../auth/actor";
import { readJson } from "../auth/read-json";
import { AppError } from "../errors";
import { apiRoute, type ApiContext } from "../api/route";

/**
 * The request side of Open Event's auth endpoints (`/v1/auth/change-password`, `reset-password`,
 * `verify-email`, …): plain JSON bodies, most of them `{"data": {…}}` with Open Event's member
 * names, read into the inputs of the lib/account services.
 */

const JSON_TYPES = /^\s*application\/(?:json|vnd\.api\+json)\s*(?:;|$)/i;

/**
 * The JSON body, sent as `application/json` (Open Event frontend's loader) or
 * `application/vnd.api+json` (Ember Data). Any other type is a 415: a page of another site can
 * post text or a form here without the browser asking first (no CORS preflight), and these
 * endpoints also act for the session cookie.
 */
export async function readAuthJson(request: Request): Promise<unknown> {
  if (!JSON_TYPES.test(request.headers.get("content-type") ?? "")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json or application/vnd.api+json");
  }
  return readJson(request);
}

/** For each input key of a service, the member of Open Event's `data` object that carries it. */
export type OesNames = Readonly<Record<string, string>>;

const envelope = z.object(
  { data: z.record(z.string(), z.unknown(), { error: 'Send the fields in a "data" object' }) },
  { error: "The body must be a JSON object" },
);

/**
 * A `{"data": {…}}` body read into a service's input: each key of `names` takes the member it
 * names and `schema` (the service's own) validates, so the API and the forms share the rules.
 * Errors point at the members the client sent (`/data/old-password`), one per member.
 */
export function parseOesData<T>(body: unknown, schema: ZodType<T>, names: OesNames): T {
  const { data } = envelope.parse(body);
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(names).map(([key, member]) => [key, data[member]])));
  if (parsed.success) return parsed.data;
  const seen = new Set<string>();
  const issues = parsed.error.issues.flatMap((issue) => {
    const [key, ...rest] = issue.path;
    const path = ["data", names[String(key)] ?? String(key), ...rest];
    const place = path.join("/");
    if (seen.has(place)) return [];
    seen.add(place);
    return [{ ...issue, path }];
  });
  throw new ZodError(issues);
}

export async function readOesData<T>(request: Request, schema: ZodType<T>, names: OesNames): Promise<T> {
  return parseOesData(await readAuthJson(request), schema, names);
}

/** Runs a service; an error it reports about one of its input keys points at the body's member instead. */
export async function inOesBody<T>(names: OesNames, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const field = error instanceof AppError ? error.source?.field : undefined;
    const key = typeof field === "string" ? field : undefined;
    const member = key === undefined ? undefined : names[key];
    if (!(error instanceof AppError) || member === undefined) throw error;
    throw new AppError(error.code, error.detail, { pointer: `/data/${member}` }, { cause: error });
  }
}

/** The signed-in caller, checked before the body is read (as Open Event does). */
export function requireSignedIn(actor: Actor): NonNullable<Actor> {
  if (!actor) throw new AppError("UNAUTHORIZED", "Authentication required");
  return actor;
}

/**
 * Wraps an auth endpoint: `apiRoute` with pointers from the root of the plain body (a refusal by
 * a rate limit carries `Retry-After` like every error response that says when to come back).
 */
export function authRoute(handler: (request: Request, context: ApiContext) => Promise<Response>) {
  return apiRoute(handler, { pointerBase: "" });
}
