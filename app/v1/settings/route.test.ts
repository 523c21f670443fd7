import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { adminAndUserTokens, errorResult, noParams, params, read, request } from "@/lib/testing/api";
import { GET as getById, PATCH as patchById } from "./[id]/route";
import { GET, PATCH } from "./route";

const error = errorResult;

const PUBLIC = {
  "app-name": "Open Event",
  tagline: null,
  "support-url": null,
  "frontend-url": null,
  "google-url": null,
  "github-url": null,
  "twitter-url": null,
  "facebook-url": null,
  "instagram-url": null,
  "patreon-url": null,
  "gitter-url": null,
  "telegram-url": null,
  "youtube-url": null,
  "weblate-url": null,
  "rocket-chat-url": null,
  "cookie-policy": null,
  "cookie-policy-link": null,
};
const SIGNED_IN = { ...PUBLIC, "android-app-url": null, "web-app-url": null };
const document = (attributes: Record<string, unknown>) => ({
  data: { type: "setting", id: "1", attributes, links: { self: "/v1/settings/1" } },
  links: { self: "/v1/settings/1" },
  jsonapi: { version: "1.1" },
});
const patchBody = (attributes: Record<string, unknown>, id = "1") => ({ data: { type: "setting", id, attributes } });

let adminToken: string, userToken: string;
beforeAll(async () => {
  ({ adminToken, userToken } = await adminAndUserTokens());
});

describe("GET /v1/settings", () => {
  it("answers the public settings to anyone, with the defaults in a database that was never seeded", async () => {
    expect(await db.setting.count()).toBe(0);
    expect(await read(await GET(request("GET", "/v1/settings"), noParams))).toEqual({ status: 200, body: document(PUBLIC) });
    expect(await read(await getById(request("GET", "/v1/settings/1"), params({ id: "1" })))).toEqual({ status: 200, body: document(PUBLIC) });
    expect(await db.setting.count()).toBe(1);
  });

  it("shows the app links to signed-in users and admins, as Open Event's non-admin schema does", async () => {
    expect(await read(await GET(request("GET", "/v1/settings", { token: userToken }), noParams))).toEqual({ status: 200, body: document(SIGNED_IN) });
    expect(await read(await GET(request("GET", "/v1/settings", { token: adminToken }), noParams))).toEqual({ status: 200, body: document(SIGNED_IN) });
  });

  it("is 404 at any other id", async () => {
    for (const id of ["2", "0", "abc"]) {
      expect(await read(await getById(request("GET", `/v1/settings/${id}`), params({ id })))).toEqual(error(404, "NOT_FOUND", "Not found", "Settings not found"));
    }
  });
});

describe("PATCH /v1/settings", () => {
  it("lets admins change the settings at either path; a member left out keeps its value", async () => {
    const first = await read(
      await patchById(
        request("PATCH", "/v1/settings/1", { token: adminToken, body: patchBody({ "app-name": "EventHub", tagline: "Conferences, run well", "github-url": "https://github.com/example" }) }),
        params({ id: "1" }),
      ),
    );
    const changed = { ...SIGNED_IN, "app-name": "EventHub", tagline: "Conferences, run well", "github-url": "https://github.com/example" };
    expect(first).toEqual({ status: 200, body: document(changed) });
    const second = await read(await PATCH(request("PATCH", "/v1/settings", { token: adminToken, body: patchBody({ "web-app-url": "https://app.example.org" }) }), noParams));
    expect(second).toEqual({ status: 200, body: document({ ...changed, "web-app-url": "https://app.example.org" }) });
    // Anonymous readers see the change but not the signed-in members.
    const anonymous = await read(await GET(request("GET", "/v1/settings"), noParams));
    expect(anonymous.body).toEqual(document({ ...PUBLIC, "app-name": "EventHub", tagline: "Conferences, run well", "github-url": "https://github.com/example" }));
  });

  it("refuses anonymous callers (401) and users who are not admins (403) before reading the body, and changes nothing", async () => {
    const before = await db.setting.findUniqueOrThrow({ where: { id: 1 } });
    expect(await read(await PATCH(request("PATCH", "/v1/settings", { body: patchBody({ "app-name": "Mine" }) }), noParams))).toEqual(
      error(401, "UNAUTHORIZED", "Unauthorized", "Sign in as an administrator"),
    );
    expect(await read(await PATCH(request("PATCH", "/v1/settings", { token: userToken, body: "{not json" }), noParams))).toEqual(
      error(403, "FORBIDDEN", "Forbidden", "Only administrators may change the settings"),
    );
    expect(await db.setting.findUniqueOrThrow({ where: { id: 1 } })).toEqual(before);
  });

  it("answers bad values at their pointers and changes nothing", async () => {
    const before = await db.setting.findUniqueOrThrow({ where: { id: 1 } });
    const refused = await read(
      await PATCH(
        request("PATCH", "/v1/settings", { token: adminToken, body: patchBody({ "app-name": " ", "support-url": "javascript:alert(1)" }) }),
        noParams,
      ),
    );
    expect(refused.status).toBe(422);
    expect((refused.body.errors as { source: { pointer: string } }[]).map((e) => e.source.pointer).sort()).toEqual([
      "/data/attributes/app-name",
      "/data/attributes/support-url",
    ]);
    expect(await read(await PATCH(request("PATCH", "/v1/settings", { token: adminToken, body: patchBody({ tagline: "x" }, "2") }), noParams))).toEqual(
      error(409, "CONFLICT", "Conflict", "data.id does not match the settings", { pointer: "/data/id" }),
    );
    expect(await read(await patchById(request("PATCH", "/v1/settings/2", { token: adminToken, body: patchBody({ tagline: "x" }, "2") }), params({ id: "2" })))).toEqual(
      error(404, "NOT_FOUND", "Not found", "Settings not found"),
    );
    expect(await db.setting.findUniqueOrThrow({ where: { id: 1 } })).toEqual(before);
  });
});
