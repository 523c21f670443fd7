import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { db } from "@/lib/db";
import { NOTIFICATION_ACTIONS } from "@/lib/notifications/schemas";
import { createUser } from "@/prisma/factories";
import { GET as getOne, PATCH } from "./[id]/route";
import { GET as list } from "./route";
import { errorDocument, noParams, params, read, request } from "@/lib/testing/api";

const error = (...args: Parameters<typeof errorDocument>) => ({ status: args[0], body: errorDocument(...args) });
const settingObject = (id: number, action: string, mail = true, notification = true) => ({
  type: "message-setting",
  id: String(id),
  attributes: { action, "mail-enabled": mail, "notification-enabled": notification },
  links: { self: `/v1/message-settings/${id}` },
});

let adminToken: string, userToken: string;
beforeAll(async () => {
  adminToken = await signApiToken(await createUser({ isAdmin: true }));
  userToken = await signApiToken(await createUser());
});

describe("/v1/message-settings", () => {
  it("lists one setting per catalogue action for an admin (creating missing rows)", async () => {
    const { status, body } = await read(await list(request("GET", "/v1/message-settings", { token: adminToken }), noParams));
    const rows = await db.messageSettings.findMany({ orderBy: { id: "asc" } });
    expect(rows.map((row) => row.action)).toEqual(NOTIFICATION_ACTIONS);
    expect({ status, data: body.data, meta: body.meta }).toEqual({
      status: 200,
      data: rows.map((row) => settingObject(row.id, row.action)),
      meta: { count: 17 },
    });
  });

  it("is 401 for anonymous callers and 404 for users who are not admins", async () => {
    expect(await read(await list(request("GET", "/v1/message-settings"), noParams))).toEqual(error(401, "UNAUTHORIZED", "Unauthorized", "Sign in as an administrator"));
    expect(await read(await list(request("GET", "/v1/message-settings", { token: userToken }), noParams))).toEqual(error(404, "NOT_FOUND", "Not found", "Resource not found"));
    const row = await db.messageSettings.findFirstOrThrow();
    expect(await read(await getOne(request("GET", `/v1/message-settings/${row.id}`, { token: userToken }), params({ id: row.id })))).toEqual(error(404, "NOT_FOUND", "Not found", "Resource not found"));
    const patch = { data: { type: "message-setting", id: String(row.id), attributes: { "mail-enabled": false } } };
    expect(await read(await PATCH(request("PATCH", `/v1/message-settings/${row.id}`, { token: userToken, body: patch }), params({ id: row.id })))).toEqual(error(404, "NOT_FOUND", "Not found", "Resource not found"));
    expect((await db.messageSettings.findUniqueOrThrow({ where: { id: row.id } })).mailEnabled).toBe(true);
  });

  it("GET and PATCH one setting; the action itself cannot be renamed", async () => {
    const row = await db.messageSettings.findUniqueOrThrow({ where: { action: "new_session" } });
    expect((await read(await getOne(request("GET", `/v1/message-settings/${row.id}`, { token: adminToken }), params({ id: row.id })))).body.data).toEqual(settingObject(row.id, "new_session"));
    const patch = { data: { type: "message-setting", id: String(row.id), attributes: { "mail-enabled": false, action: "renamed" } } };
    const { status, body } = await read(await PATCH(request("PATCH", `/v1/message-settings/${row.id}`, { token: adminToken, body: patch }), params({ id: row.id })));
    expect({ status, data: body.data }).toEqual({ status: 200, data: settingObject(row.id, "new_session", false, true) });
  });

  it("PATCH with a non-boolean is 422 with its pointer; an unknown id is 404", async () => {
    const row = await db.messageSettings.findUniqueOrThrow({ where: { action: "user_confirm" } });
    const patch = { data: { type: "message-setting", id: String(row.id), attributes: { "notification-enabled": "yes" } } };
    const { status, body } = await read(await PATCH(request("PATCH", `/v1/message-settings/${row.id}`, { token: adminToken, body: patch }), params({ id: row.id })));
    expect({ status, pointers: (body.errors as { source: { pointer: string } }[]).map((e) => e.source.pointer) }).toEqual({
      status: 422,
      pointers: ["/data/attributes/notification-enabled"],
    });
    expect(await read(await getOne(request("GET", "/v1/message-settings/99999", { token: adminToken }), params({ id: 99999 })))).toEqual(error(404, "NOT_FOUND", "Not found", "Message setting not found"));
  });
});
