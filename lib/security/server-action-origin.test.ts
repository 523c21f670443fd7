import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { actionOriginRefusal, isServerActionRequest, ROUTE_HANDLER_PREFIXES } from "./server-action-origin";

const headers = (init: Record<string, string>) => new Headers(init);

describe("isServerActionRequest", () => {
  test("a POST with Next-Action, anywhere", () => {
    expect(isServerActionRequest("POST", "/events/1", headers({ "next-action": "7f3a" }))).toBe(true);
    expect(isServerActionRequest("post", "/", headers({ "next-action": "" }))).toBe(true);
    expect(isServerActionRequest("POST", "/v1/events", headers({ "next-action": "7f3a" }))).toBe(true);
  });

  test("a form post to a page (an action's form before JavaScript loaded)", () => {
    expect(isServerActionRequest("POST", "/sign-out", headers({ "content-type": "multipart/form-data; boundary=x" }))).toBe(true);
    expect(isServerActionRequest("POST", "/sign-in", headers({ "content-type": "application/x-www-form-urlencoded" }))).toBe(true);
  });

  test("not: other methods, other bodies, or form posts to route handlers", () => {
    expect(isServerActionRequest("GET", "/", headers({ "next-action": "7f3a" }))).toBe(false);
    expect(isServerActionRequest("PUT", "/events/1", headers({ "content-type": "multipart/form-data; boundary=x" }))).toBe(false);
    expect(isServerActionRequest("POST", "/events/1", headers({ "content-type": "application/json" }))).toBe(false);
    expect(isServerActionRequest("POST", "/events/1", headers({ "content-type": "text/multipart/form-data" }))).toBe(false);
    expect(isServerActionRequest("POST", "/events/1", headers({}))).toBe(false);
    for (const route of ["/v1/upload/files", "/v1/events/import/json", "/api/auth/callback/credentials", "/uploads/x"]) {
      expect(isServerActionRequest("POST", route, headers({ "content-type": "multipart/form-data; boundary=x" }))).toBe(false);
    }
  });

  test("every route handler under app/ is inside a route-handler prefix", () => {
    const routes: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/^route\.(ts|tsx|js)$/.test(entry.name)) routes.push(full);
      }
    };
    walk(path.resolve("app"));
    expect(routes.length).toBeGreaterThan(10);
    const urls = routes.map((file) =>
      `/${path.relative(path.resolve("app"), path.dirname(file))}`
        .split(path.sep)
        .join("/")
        .replace(/\/\([^/]+\)/g, ""),
    );
    expect(urls.filter((url) => !ROUTE_HANDLER_PREFIXES.some((prefix) => `${url}/`.startsWith(prefix)))).toEqual([]);
  });
});

describe("actionOriginRefusal", () => {
  test("accepts an Origin whose host is the Host or the first X-Forwarded-Host", () => {
    expect(actionOriginRefusal(headers({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }))).toBeNull();
    expect(actionOriginRefusal(headers({ origin: "https://events.example.org", host: "10.0.0.5:3000", "x-forwarded-host": "events.example.org, proxy.internal" }))).toBeNull();
  });

  test("refuses a request without Origin", () => {
    expect(actionOriginRefusal(headers({ host: "127.0.0.1:3000" }))).toBe("missing-origin");
  });

  test("refuses another site, another port, an opaque or malformed Origin", () => {
    for (const origin of ["https://evil.example", "http://127.0.0.1:4000", "http://127.0.0.1", "null", "not a url", "file:///x"]) {
      expect([origin, actionOriginRefusal(headers({ origin, host: "127.0.0.1:3000" }))]).toEqual([origin, "foreign-origin"]);
    }
    expect(actionOriginRefusal(headers({ origin: "https://events.example.org", host: "10.0.0.5:3000", "x-forwarded-host": "proxy.internal, events.example.org" }))).toBe("foreign-origin");
    expect(actionOriginRefusal(headers({ origin: "http://127.0.0.1:3000" }))).toBe("foreign-origin");
  });
});
