import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { errorDocument, params, read, request } from "@/lib/testing/api";
import { createEvent, createUser } from "@/prisma/factories";
import { DELETE, GET, PATCH, POST } from "./route";

const error = (...args: Parameters<typeof errorDocument>) => ({ status: args[0], body: errorDocument(...args) });
const at = (path: string) => params({ path: path.split("/").filter(Boolean).slice(1) as unknown as string });
const GROUPS = "Groups of events (and following them) are not part of this product.";

let ownerToken: string, otherToken: string, eventId: number, draftId: number;
beforeAll(async () => {
  const owner = await createUser();
  ownerToken = await signApiToken(owner);
  otherToken = await signApiToken(await createUser());
  eventId = (await createEvent({ owner, state: "published" })).id;
  draftId = (await createEvent({ owner, state: "draft" })).id;
});

describe("/v1 routes of Open Event Server features not offered here", () => {
  it("answer a collection as empty and valid (the frontend's home page lists groups on every load)", async () => {
    const path = "/v1/groups";
    const filter = encodeURIComponent(JSON.stringify([{ name: "is-promoted", op: "eq", val: true }]));
    expect(await read(await GET(request("GET", `${path}?include=user,follower&page[size]=12&filter=${filter}&public=true&cache=true`), at(path)))).toEqual({
      status: 200,
      body: { data: [], links: { self: path }, meta: { count: 0 }, jsonapi: { version: "1.1" } },
    });
  });

  it("answer a collection under one of our rows only when the caller may see the row", async () => {
    const path = `/v1/events/${eventId}/orders`;
    expect((await read(await GET(request("GET", path), at(path)))).body).toEqual({ data: [], links: { self: path }, meta: { count: 0 }, jsonapi: { version: "1.1" } });
    const draft = `/v1/events/${draftId}/orders`;
    expect((await read(await GET(request("GET", draft, { token: ownerToken }), at(draft)))).status).toBe(200);
    expect(await read(await GET(request("GET", draft, { token: otherToken }), at(draft)))).toEqual(error(404, "NOT_FOUND", "Not found", "Event not found"));
    const missing = "/v1/events/999999/orders";
    expect(await read(await GET(request("GET", missing), at(missing)))).toEqual(error(404, "NOT_FOUND", "Not found", "Event not found"));
  });

  it("answer a relationship with an empty linkage of its kind (a list or null)", async () => {
    const many = `/v1/events/${eventId}/relationships/orders`;
    expect((await read(await GET(request("GET", many), at(many)))).body).toEqual({
      data: [],
      links: { self: many, related: `/v1/events/${eventId}/orders` },
      jsonapi: { version: "1.1" },
    });
    const one = `/v1/events/${eventId}/relationships/event-copyright`;
    expect((await read(await GET(request("GET", one), at(one)))).body).toMatchObject({ data: null });
  });

  it("answer an item, or anything under an item of a type not offered, 404 with the reason", async () => {
    for (const path of ["/v1/groups/3", "/v1/groups/3/events"]) {
      expect(await read(await GET(request("GET", path), at(path)))).toEqual(error(404, "NOT_FOUND", "Not found", `Not found: ${GROUPS}`));
    }
  });

  it("refuse writes openly (403, JSON:API's answer to an unsupported creation or relationship update)", async () => {
    const body = { data: { type: "group", attributes: { name: "Mine" } } };
    expect(await read(await POST(request("POST", "/v1/groups", { token: ownerToken, body }), at("/v1/groups")))).toEqual(
      error(403, "FORBIDDEN", "Forbidden", `Not offered here: ${GROUPS}`),
    );
    const relationship = `/v1/events/${eventId}/relationships/orders`;
    for (const handler of [POST, PATCH, DELETE]) {
      expect((await read(await handler(request("PATCH", relationship, { token: ownerToken, body: { data: [] } }), at(relationship)))).status).toBe(403);
    }
    expect((await read(await PATCH(request("PATCH", "/v1/groups/3", { token: ownerToken, body }), at("/v1/groups/3")))).status).toBe(404);
  });

  it("answer any other path, or a method OES does not serve there, as JSON:API errors", async () => {
    expect(await read(await GET(request("GET", "/v1/no-such-thing/1"), at("/v1/no-such-thing/1")))).toEqual(
      error(404, "NOT_FOUND", "Not found", "No API route at /v1/no-such-thing/1"),
    );
    expect(await read(await PATCH(request("PATCH", "/v1/groups", { token: ownerToken, body: {} }), at("/v1/groups")))).toEqual(
      error(405, "METHOD_NOT_ALLOWED", "Method not allowed", "PATCH is not served at /v1/groups"),
    );
  });
});
