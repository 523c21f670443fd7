import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { DEV_PASSWORD, ORGANIZER_EMAIL } from "../fixtures/auth";

/**
 * A frontend served from another origin, as Open Event's frontend is: e2e/server.ts starts the
 * production server with CORS_ORIGINS=http://127.0.0.1:3999. The pages of those origins are
 * played by Playwright (no server listens there); their requests to the API go through Chromium's
 * CORS checks, preflights included.
 */
const FRONTEND = "http://127.0.0.1:3999";
const FOREIGN = "http://127.0.0.1:3998";

async function openPageOf(page: Page, origin: string) {
  // Chromium asks before a page that is not itself on this machine reaches a loopback address
  // (Local Network Access); a played page has no address, so the permission stands in for the
  // user's "allow". What is left to decide is CORS.
  await page.context().grantPermissions(["local-network-access"], { origin });
  await page.route(`${origin}/**`, (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Frontend</title>" }));
  await page.goto(`${origin}/`);
}

test("[API CLIENT] a listed origin's preflight is answered 204 with what it may send; another origin's without permission", async ({ request }) => {
  for (const path of ["/auth/session", "/v1/auth/change-password", "/v1/events", "/v1/events/1/exports/x-ical.ics"]) {
    const preflight = await request.fetch(path, {
      method: "OPTIONS",
      headers: { origin: FRONTEND, "access-control-request-method": "POST", "access-control-request-headers": "authorization,content-type" },
    });
    const headers = preflight.headers();
    expect({
      path,
      status: preflight.status(),
      origin: headers["access-control-allow-origin"],
      methods: headers["access-control-allow-methods"],
      allowed: headers["access-control-allow-headers"],
      maxAge: headers["access-control-max-age"],
      credentials: headers["access-control-allow-credentials"],
      vary: headers.vary,
    }).toEqual({
      path,
      status: 204,
      origin: FRONTEND,
      methods: "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS",
      allowed: "Accept, Accept-Language, Authorization, Content-Type, If-Match, If-None-Match, X-Requested-With",
      maxAge: "7200",
      credentials: undefined,
      vary: "Origin",
    });

    const refused = await request.fetch(path, { method: "OPTIONS", headers: { origin: FOREIGN, "access-control-request-method": "POST" } });
    expect([refused.status(), Object.keys(refused.headers()).filter((name) => name.startsWith("access-control-"))]).toEqual([204, []]);
  }
});

/** Every name the response's Vary header(s) list. */
const varyOf = (response: APIResponse) =>
  response
    .headersArray()
    .filter(({ name }) => name.toLowerCase() === "vary")
    .flatMap(({ value }) => value.split(",").map((name) => name.trim()));

test("[API CLIENT] responses name a listed origin and vary by Origin; pages do not", async ({ request }) => {
  const listed = await request.get("/v1/events", { headers: { origin: FRONTEND } });
  expect([listed.status(), listed.headers()["access-control-allow-origin"], listed.headers()["access-control-expose-headers"]]).toEqual([
    200,
    FRONTEND,
    "Content-Disposition, ETag, Link, Location, Retry-After",
  ]);
  expect(varyOf(listed)).toContain("Origin");
  // A route's own Vary survives beside the proxy's.
  const feed = await request.get("/v1/events/ots2027/calendar.ics", { headers: { origin: FRONTEND } });
  expect(varyOf(feed)).toEqual(expect.arrayContaining(["Origin", "Accept-Encoding"]));

  const foreign = await request.get("/v1/events", { headers: { origin: FOREIGN } });
  expect(Object.keys(foreign.headers()).filter((name) => name.startsWith("access-control-"))).toEqual([]);
  const page = await request.get("/e/ots2027", { headers: { origin: FRONTEND } });
  expect(page.headers()["access-control-allow-origin"]).toBeUndefined();
});

test("[OES FRONTEND] a page of a listed origin signs in at /auth/session, calls the API with its token and downloads an export", async ({ page, baseURL }) => {
  await openPageOf(page, FRONTEND);
  const result = await page.evaluate(
    async ({ api, email, password }) => {
      const session = await fetch(`${api}/auth/session`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ username: email, password, "remember-me": false }),
      });
      const { access_token: token } = (await session.json()) as { access_token: string };
      const auth = { Authorization: `JWT ${token}` };
      const verified = await fetch(`${api}/v1/auth/verify-password`, {
        method: "POST",
        headers: { ...auth, "Content-Type": "application/vnd.api+json" },
        body: JSON.stringify({ password }),
      });
      const started = await fetch(`${api}/v1/events/ots2027/export/ical`, { headers: auth });
      const { task_url: taskUrl } = (await started.json()) as { task_url: string };
      let task: { state: string; result?: { download_url: string } } = { state: "PENDING" };
      for (let i = 0; i < 60 && task.state !== "SUCCESS" && task.state !== "FAILURE"; i++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        task = (await (await fetch(`${api}${taskUrl}`, { headers: auth })).json()) as typeof task;
      }
      // As Open Event's frontend fetches the zip: the bare link, no Authorization.
      const file = await fetch(task.result!.download_url);
      return {
        session: session.status,
        verified: [verified.status, await verified.json()],
        task: task.state,
        file: [file.status, file.headers.get("content-disposition"), (await file.text()).slice(0, 15)],
      };
    },
    { api: baseURL!, email: ORGANIZER_EMAIL, password: DEV_PASSWORD },
  );
  expect(result).toEqual({
    session: 200,
    verified: [200, { result: true }],
    task: "SUCCESS",
    file: [200, 'attachment; filename="ots2027-ical.ics"', "BEGIN:VCALENDAR"],
  });
});

test("[ANYONE] a page of another origin cannot read the API", async ({ page, baseURL }) => {
  await openPageOf(page, FOREIGN);
  const outcome = await page.evaluate(async (api) => {
    try {
      await fetch(`${api}/v1/events`);
      return "read";
    } catch (error) {
      return (error as Error).name;
    }
  }, baseURL!);
  expect(outcome).toBe("TypeError");
});
