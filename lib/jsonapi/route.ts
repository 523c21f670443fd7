/** JSON body that is not JSON:API (login tokens, task states); errors still go through `apiRoute` (lib/api/route.ts). */
export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    ...init,
    headers: { "content-type": "application/json", ...(init.headers ?? {}) },
  });
}
