import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { adminAndUserTokens, errorResult, noParams, params, read, request } from "@/lib/testing/api";
import { DELETE, GET as getOne, PATCH } from "./[id]/route";
import { GET, POST } from "./route";

const error = errorResult;
const body = (attributes: Record<string, unknown>, id?: string) => ({ data: { type: "page", ...(id ? { id } : {}), attributes } });
const resource = (id: number, attributes: Record<string, unknown>) => ({ type: "page", id: String(id), attributes, links: { self: `/v1/pages/${id}` } });

let adminToken: string, userToken: string;
beforeAll(async () => {
  ({ adminToken, userToken } = await adminAndUserTokens());
});

describe("/v1/pages", () => {
  let termsId: number;

  it("admins create pages; the description is stored sanitized; the answer is the whole page", async () => {
    const created = await read(
      await POST(
        request("POST", "/v1/pages", {
          token: adminToken,
          body: body({ name: "Terms", title: "Terms of service", url: "terms", description: '<p onclick="x()">Be nice.</p><script>alert(1)</script>', place: "footer", index: 2 }),
        }),
        noParams,
      ),
    );
    const row = await db.page.findUniqueOrThrow({ where: { url: "terms" } });
    termsId = row.id;
    const attributes = { name: "Terms", title: "Terms of service", url: "terms", description: "<p>Be nice.</p>", place: "footer", language: null, index: 2 };
    expect(created).toEqual({ status: 201, body: { data: resource(row.id, attributes), links: { self: `/v1/pages/${row.id}` }, jsonapi: { version: "1.1" } } });
    expect(row.description).toBe("<p>Be nice.</p>");
  });

  it("anyone lists and reads them, in their index order, and filters by place", async () => {
    const about = await db.page.create({ data: { name: "About", url: "about", place: "footer", index: 1 } });
    await db.page.create({ data: { name: "Event help", url: "event-help", place: "event", index: 0 } });
    const list = await read(await GET(request("GET", "/v1/pages"), noParams));
    expect((list.body.data as { attributes: { url: string } }[]).map((page) => page.attributes.url)).toEqual(["event-help", "about", "terms"]);
    expect(list.body.meta).toEqual({ count: 3 });
    const filter = encodeURIComponent(JSON.stringify([{ name: "place", op: "eq", val: "footer" }]));
    const footer = await read(await GET(request("GET", `/v1/pages?filter=${filter}`), noParams));
    expect((footer.body.data as { id: string }[]).map((page) => page.id)).toEqual([String(about.id), String(termsId)]);
    const one = await read(await getOne(request("GET", `/v1/pages/${termsId}`), params({ id: String(termsId) })));
    expect((one.body.data as { attributes: { name: string } }).attributes.name).toBe("Terms");
  });

  it("refuses writes by anonymous callers (401) and users (403), and bad input at its pointer; nothing changes", async () => {
    const before = await db.page.findMany({ orderBy: { id: "asc" } });
    expect(await read(await POST(request("POST", "/v1/pages", { body: body({ name: "X", url: "x" }) }), noParams))).toEqual(
      error(401, "UNAUTHORIZED", "Unauthorized", "Sign in to change pages"),
    );
    expect(await read(await PATCH(request("PATCH", `/v1/pages/${termsId}`, { token: userToken, body: body({ name: "Mine" }, String(termsId)) }), params({ id: String(termsId) })))).toEqual(
      error(403, "FORBIDDEN", "Forbidden", "Only admins may change pages"),
    );
    expect(await read(await DELETE(request("DELETE", `/v1/pages/${termsId}`, { token: userToken }), params({ id: String(termsId) })))).toEqual(
      error(403, "FORBIDDEN", "Forbidden", "Only admins may change pages"),
    );
    const invalid = await read(await POST(request("POST", "/v1/pages", { token: adminToken, body: body({ name: "", url: "../etc", place: "sidebar" }) }), noParams));
    expect(invalid.status).toBe(422);
    expect((invalid.body.errors as { source: { pointer: string } }[]).map((e) => e.source.pointer).sort()).toEqual([
      "/data/attributes/name",
      "/data/attributes/place",
      "/data/attributes/url",
    ]);
    expect(await read(await POST(request("POST", "/v1/pages", { token: adminToken, body: body({ name: "Terms again", url: "terms" }) }), noParams))).toEqual(
      error(409, "CONFLICT", "Conflict", "Another page has this URL", { pointer: "/data/attributes/url" }),
    );
    expect(await db.page.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("admins edit and delete a page; a deleted or unknown page is 404", async () => {
    const edited = await read(
      await PATCH(request("PATCH", `/v1/pages/${termsId}`, { token: adminToken, body: body({ title: "Terms", index: 5 }, String(termsId)) }), params({ id: String(termsId) })),
    );
    expect((edited.body.data as { attributes: Record<string, unknown> }).attributes).toMatchObject({ name: "Terms", title: "Terms", index: 5 });
    expect(await read(await DELETE(request("DELETE", `/v1/pages/${termsId}`, { token: adminToken }), params({ id: String(termsId) })))).toEqual({
      status: 200,
      body: { meta: { message: "Object successfully deleted" }, jsonapi: { version: "1.1" } },
    });
    for (const id of [String(termsId), "99999", "x"]) {
      expect(await read(await getOne(request("GET", `/v1/pages/${id}`), params({ id })))).toEqual(error(404, "NOT_FOUND", "Not found", "Page not found"));
    }
  });
});
