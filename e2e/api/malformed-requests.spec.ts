import http from "node:http";
import { expect, test } from "@playwright/test";

/**
 * What the production server (`next start`) answers to requests an outside fuzzer sent: none is
 * a 5xx. Node's own HTTP client sends the methods Playwright's request context and browsers
 * cannot (TRACE).
 */

function send(baseURL: string, method: string, path: string): Promise<{ status: number; type: string; allow?: string; body: string }> {
  const url = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: url.hostname, port: url.port, method, path: `${url.pathname}${url.search}` }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, type: String(response.headers["content-type"] ?? ""), allow: response.headers.allow, body }),
      );
    });
    request.on("error", reject);
    request.end();
  });
}

const ALLOW = "GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE";

test("[API CLIENT] TRACE and WebDAV methods are refused with 405, never a 500 or a page", async ({ baseURL }) => {
  for (const path of ["/v1/events", "/v1/event-types", "/v1/sessions/1"]) {
    for (const method of ["TRACE", "PROPFIND", "PURGE"]) {
      const answer = await send(baseURL!, method, path);
      expect({ method, path, status: answer.status, type: answer.type, allow: answer.allow, body: JSON.parse(answer.body) }).toEqual({
        method,
        path,
        status: 405,
        type: "application/vnd.api+json",
        allow: ALLOW,
        body: {
          errors: [{ status: "405", code: "METHOD_NOT_ALLOWED", title: "Method not allowed", detail: `The ${method} method is not supported` }],
          jsonapi: { version: "1.1" },
        },
      });
    }
  }
  for (const path of ["/", "/e/ots2027", "/api/health"]) {
    for (const method of ["TRACE", "MKCOL"]) {
      expect(await send(baseURL!, method, path)).toEqual({ status: 405, type: "text/plain; charset=utf-8", allow: ALLOW, body: "Method not allowed\n" });
    }
  }
  // Served methods still reach the app.
  expect((await send(baseURL!, "GET", "/api/health")).status).toBe(200);
});

test("[API CLIENT] collections without route parameters, NUL characters, huge ids and null filters get 2xx or 4xx", async ({ request }) => {
  for (const path of ["/v1/event-types", "/v1/event-topics"]) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(((await response.json()) as { meta: { count: number } }).meta.count).toBeGreaterThan(0);
  }
  const filter = encodeURIComponent(JSON.stringify([{ name: "name", op: "eq", val: null }]));
  const empty = await request.get(`/v1/events?filter=${filter}`);
  expect([empty.status(), ((await empty.json()) as { data: unknown[] }).data]).toEqual([200, []]);
  for (const [path, status] of [
    ["/v1/events/%00", 404],
    ["/v1/sessions/2147483648", 404],
    ["/v1/event-types/1e3", 404],
    ["/v1/events?filter[name]=a%00b", 400],
    [`/v1/events?filter=${encodeURIComponent('[{"name":"name","op":"ilike","val":"%\\\\"}]')}`, 200],
  ] as const) {
    const response = await request.get(path);
    expect({ path, status: response.status() }).toEqual({ path, status });
  }
});
