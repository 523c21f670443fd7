import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installMethodGuard } from "./method-guard";
import { refuseMethod, SERVED_METHODS } from "./methods";

const ALLOW = "GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE";
const apiRefusal = (method: string) => ({
  status: 405,
  headers: { allow: ALLOW, "cache-control": "no-store", "x-content-type-options": "nosniff", "content-type": "application/vnd.api+json" },
  body: {
    errors: [{ status: "405", code: "METHOD_NOT_ALLOWED", title: "Method not allowed", detail: `The ${method} method is not supported` }],
    jsonapi: { version: "1.1" },
  },
});

describe("refuseMethod", () => {
  it("lets the served methods through", () => {
    for (const method of [...SERVED_METHODS, "get", "patch"]) expect(refuseMethod(method, "/v1/events")).toBeUndefined();
  });

  it("refuses any other method with 405 and Allow: a JSON:API error under /v1, plain text elsewhere", () => {
    for (const method of ["TRACE", "TRACK", "CONNECT", "PROPFIND", "PURGE", "MKCOL", "LOCK", "SEARCH", "QUERY"]) {
      const refusal = refuseMethod(method, "/v1/events?page[size]=1");
      expect({ ...refusal, body: JSON.parse(refusal?.body ?? "null") }).toEqual(apiRefusal(method));
    }
    expect(refuseMethod("TRACE", "/e/ots2027")).toEqual({
      status: 405,
      headers: { allow: ALLOW, "cache-control": "no-store", "x-content-type-options": "nosniff", "content-type": "text/plain; charset=utf-8" },
      body: "Method not allowed\n",
    });
    expect(refuseMethod("TRACE", "/v1")?.headers["content-type"]).toBe("application/vnd.api+json");
    expect(refuseMethod("TRACE", "/v10")?.headers["content-type"]).toBe("text/plain; charset=utf-8");
    // Odd tokens are refused without being echoed.
    expect(JSON.parse(refuseMethod("X<script>", "/v1/events")?.body ?? "").errors[0].detail).toBe("The request method is not supported");
    expect(refuseMethod(undefined, undefined)?.status).toBe(405);
  });
});

describe("installMethodGuard on a Node.js HTTP server", () => {
  let server: http.Server;
  let port: number;
  const handled: string[] = [];

  beforeAll(async () => {
    installMethodGuard();
    installMethodGuard(); // idempotent: one wrapper however often instrumentation runs
    // Stands in for Next.js: Node's Request refuses TRACE, so the handler fails like `next start` does.
    server = http.createServer((request, response) => {
      handled.push(`${request.method} ${request.url}`);
      new Request(`http://localhost${request.url}`, { method: request.method });
      response.end("handled");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const send = (method: string, path: string) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const request = http.request({ host: "127.0.0.1", port, method, path }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      });
      request.on("error", reject);
      request.end();
    });

  it("answers TRACE and WebDAV methods itself and passes served methods on", async () => {
    // (TRACK and CONNECT never get past Node's HTTP parser.)
    for (const method of ["TRACE", "PROPFIND", "PURGE", "MKCOL"]) {
      const { status, headers, body } = await send(method, "/v1/notifications/1");
      const expected = apiRefusal(method);
      expect({ status, allow: headers.allow, type: headers["content-type"], body: JSON.parse(body) }).toEqual({
        status: 405,
        allow: ALLOW,
        type: "application/vnd.api+json",
        body: expected.body,
      });
    }
    expect((await send("TRACE", "/")).body).toBe("Method not allowed\n");
    expect(await send("GET", "/v1/events")).toMatchObject({ status: 200, body: "handled" });
    expect(handled).toEqual(["GET /v1/events"]);
  });
});
