/**
 * Helpers for route-handler tests of /v1 resources (imported by *.test.ts only): build requests
 * as a client sends them, read answers as status + parsed document, and the error documents
 * the one error mapper writes.
 */
export const MEDIA_TYPE = "application/vnd.api+json";

/** The route context Next.js passes: params as strings, in a promise. */
export const params = <P extends Record<string, string | number>>(values: P) => ({
  params: Promise.resolve(
    Object.fromEntries(Object.entries(values).map(([key, value]) => [key, String(value)])) as { [K in keyof P]: string },
  ),
});

/** The context of a route without dynamic segments. */
export const noParams = params({});

/** A JSON:API request; a `body` that is a string is sent as it is (malformed JSON, say), anything else as JSON. */
export function request(method: string, path: string, options: { token?: string; body?: unknown } = {}): Request {
  const headers: Record<string, string> = { "content-type": MEDIA_TYPE };
  if (options.token) headers.authorization = `JWT ${options.token}`;
  const body = options.body === undefined ? undefined : typeof options.body === "string" ? options.body : JSON.stringify(options.body);
  return new Request(`http://localhost${path}`, { method, headers, body });
}

export async function read(response: Response): Promise<{ status: number; body: Record<string, unknown> }> {
  return { status: response.status, body: JSON.parse(await response.text()) as Record<string, unknown> };
}

/** A JSON:API error document with one error. */
export function errorDocument(status: number, code: string, title: string, detail: string, source?: { pointer?: string; parameter?: string }) {
  return { errors: [{ status: String(status), code, title, detail, ...(source ? { source } : {}) }], jsonapi: { version: "1.1" } };
}

const TITLES: Record<number, [string, string]> = {
  401: ["UNAUTHORIZED", "Unauthorized"],
  403: ["FORBIDDEN", "Forbidden"],
  404: ["NOT_FOUND", "Not found"],
  405: ["METHOD_NOT_ALLOWED", "Method not allowed"],
  409: ["CONFLICT", "Conflict"],
  422: ["UNPROCESSABLE", "Validation error"],
};

/** The answer of a failed request with one error per [detail, pointer?]. */
export function failure(status: keyof typeof TITLES & number, ...errors: (string | [string, string])[]) {
  const [code, title] = TITLES[status] ?? ["", ""];
  return {
    status,
    body: {
      errors: errors.map((entry) => {
        const [detail, pointer] = typeof entry === "string" ? [entry, undefined] : entry;
        return { status: String(status), code, title, detail, ...(pointer ? { source: { pointer } } : {}) };
      }),
      jsonapi: { version: "1.1" },
    },
  };
}

export const DELETED = { status: 200, body: { meta: { message: "Object successfully deleted" }, jsonapi: { version: "1.1" } } };

export const single = (data: unknown, self: string, included?: unknown[]) => ({
  data,
  ...(included ? { included } : {}),
  links: { self },
  jsonapi: { version: "1.1" },
});

/** A one-page collection document of `path` (no other query parameters). */
export const onePage = (path: string, data: unknown[], included?: unknown[]) => ({
  data,
  ...(included ? { included } : {}),
  links: { self: path, first: `${path}?page%5Bnumber%5D=1`, last: `${path}?page%5Bnumber%5D=1`, prev: null, next: null },
  meta: { count: data.length },
  jsonapi: { version: "1.1" },
});

export const relationshipLinks = (path: string, id: number | string, name: string) => ({
  links: { self: `/v1/${path}/${id}/relationships/${name}`, related: `/v1/${path}/${id}/${name}` },
});

type RouteHandler = (request: Request, context: never) => Promise<Response>;

/**
 * A caller of route handlers as named actors, each with its API token (none for an actor without
 * one, e.g. "anonymous"): `call(handler, method, path, as, body?, routeParams?)` → status + document.
 */
export function callerAs(tokens: ReadonlyMap<string, string>) {
  return async (handler: RouteHandler, method: string, path: string, as: string, body?: unknown, routeParams: Record<string, string | number> = {}) =>
    read(await handler(request(method, path, { token: tokens.get(as), body }), params(routeParams) as never));
}
