import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { db } from "@/lib/db";
import type { Notification, User } from "@/lib/generated/prisma/client";
import { createUser } from "@/prisma/factories";
import { GET as getUserNotifications } from "../users/[id]/notifications/route";
import { DELETE, GET as getOne, PATCH } from "./[id]/route";
import { POST as markAllRead } from "./mark-all-read/route";
import { GET as list, POST } from "./route";
import { errorDocument as error, noParams, params, read, request } from "@/lib/testing/api";

function notificationObject(notification: Notification, overrides: Record<string, unknown> = {}) {
  return {
    type: "notification",
    id: String(notification.id),
    attributes: {
      title: notification.title,
      message: notification.message,
      action: notification.action,
      link: notification.link,
      "is-read": notification.isRead,
      "received-at": notification.receivedAt.toISOString(),
      ...overrides,
    },
    relationships: {
      user: {
        links: { self: `/v1/notifications/${notification.id}/relationships/user`, related: `/v1/notifications/${notification.id}/user` },
      },
    },
    links: { self: `/v1/notifications/${notification.id}` },
  };
}

let alice: User, bob: User, admin: User;
let aliceToken: string, bobToken: string, adminToken: string;
let aliceOld: Notification, aliceNew: Notification, bobs: Notification, aliceDeleted: Notification;

beforeAll(async () => {
  alice = await createUser({ email: "alice@example.test" });
  bob = await createUser({ email: "bob@example.test" });
  admin = await createUser({ email: "admin@example.test", isAdmin: true });
  aliceToken = await signApiToken(alice);
  bobToken = await signApiToken(bob);
  adminToken = await signApiToken(admin);
  const base = { action: "new_session", title: "New session proposal", link: "/events/1/sessions/1" };
  aliceOld = await db.notification.create({ data: { ...base, userId: alice.id, message: "Old &amp; read", isRead: true, receivedAt: new Date("2027-01-01T10:00:00Z") } });
  aliceNew = await db.notification.create({ data: { ...base, userId: alice.id, message: "&lt;script&gt;", receivedAt: new Date("2027-01-02T10:00:00Z") } });
  bobs = await db.notification.create({ data: { ...base, userId: bob.id, message: "Bob's", receivedAt: new Date("2027-01-03T10:00:00Z") } });
  aliceDeleted = await db.notification.create({ data: { ...base, userId: alice.id, message: "gone", deletedAt: new Date() } });
});

describe("GET /v1/notifications", () => {
  it("lists the caller's own notifications, newest first, without deleted ones", async () => {
    const { status, body } = await read(await list(request("GET", "/v1/notifications", { token: aliceToken }), noParams));
    expect(status).toBe(200);
    expect(body.data).toEqual([notificationObject(aliceNew), notificationObject(aliceOld)]);
    expect(body.meta).toEqual({ count: 2 });
  });

  it("lists every user's notifications for an admin", async () => {
    const { body } = await read(await list(request("GET", "/v1/notifications", { token: adminToken }), noParams));
    expect(body.data).toEqual([notificationObject(bobs), notificationObject(aliceNew), notificationObject(aliceOld)]);
  });

  it("filters unread ones (the bell's count) and includes the user without secrets", async () => {
    const path = "/v1/notifications?filter[is-read]=false&include=user";
    const { body } = await read(await list(request("GET", path, { token: aliceToken }), noParams));
    expect((body.data as { id: string }[]).map((item) => item.id)).toEqual([String(aliceNew.id)]);
    const included = body.included as { type: string; id: string; attributes: Record<string, unknown> }[];
    expect(included.map((item) => [item.type, item.id])).toEqual([["user", String(alice.id)]]);
    expect(Object.keys(included[0]!.attributes)).not.toContain("password-hash");
  });

  it("answers 401 to an anonymous caller", async () => {
    expect(await read(await list(request("GET", "/v1/notifications"), noParams))).toEqual({
      status: 401,
      body: error(401, "UNAUTHORIZED", "Unauthorized", "Sign in to read notifications"),
    });
  });

  it("POST is 405", async () => {
    const response = await POST(request("POST", "/v1/notifications", { token: adminToken, body: { data: { type: "notification", attributes: { title: "x" } } } }), noParams);
    expect(await read(response)).toEqual({
      status: 405,
      body: error(405, "METHOD_NOT_ALLOWED", "Method not allowed", "Notifications cannot be created through the API"),
    });
  });
});

describe("GET /v1/users/{id}/notifications", () => {
  it("lists only that user's notifications for that user", async () => {
    const { body } = await read(await getUserNotifications(request("GET", `/v1/users/${alice.id}/notifications`, { token: aliceToken }), params({ id: alice.id })));
    expect(body.data).toEqual([notificationObject(aliceNew), notificationObject(aliceOld)]);
  });

  it("lists a user's notifications for an admin", async () => {
    const { body } = await read(await getUserNotifications(request("GET", `/v1/users/${bob.id}/notifications`, { token: adminToken }), params({ id: bob.id })));
    expect(body.data).toEqual([notificationObject(bobs)]);
  });

  it("answers 404 for another user's list", async () => {
    expect(await read(await getUserNotifications(request("GET", `/v1/users/${alice.id}/notifications`, { token: bobToken }), params({ id: alice.id })))).toEqual({
      status: 404,
      body: error(404, "NOT_FOUND", "Not found", "User not found"),
    });
  });
});

describe("/v1/notifications/{id}", () => {
  it("GET answers the caller's notification", async () => {
    const { status, body } = await read(await getOne(request("GET", `/v1/notifications/${aliceNew.id}`, { token: aliceToken }), params({ id: aliceNew.id })));
    expect({ status, body }).toEqual({
      status: 200,
      body: { data: notificationObject(aliceNew), links: { self: `/v1/notifications/${aliceNew.id}` }, jsonapi: { version: "1.1" } },
    });
  });

  it("another user's notification, a deleted one and a bad id are 404 alike", async () => {
    const notFound = { status: 404, body: error(404, "NOT_FOUND", "Not found", "Notification not found") };
    expect(await read(await getOne(request("GET", `/v1/notifications/${bobs.id}`, { token: aliceToken }), params({ id: bobs.id })))).toEqual(notFound);
    expect(await read(await getOne(request("GET", `/v1/notifications/${aliceDeleted.id}`, { token: aliceToken }), params({ id: aliceDeleted.id })))).toEqual(notFound);
    expect(await read(await getOne(request("GET", "/v1/notifications/abc", { token: aliceToken }), params({ id: "abc" })))).toEqual(notFound);
    const patch = { data: { type: "notification", id: String(bobs.id), attributes: { "is-read": true } } };
    expect(await read(await PATCH(request("PATCH", `/v1/notifications/${bobs.id}`, { token: aliceToken, body: patch }), params({ id: bobs.id })))).toEqual(notFound);
    expect(await read(await DELETE(request("DELETE", `/v1/notifications/${bobs.id}`, { token: aliceToken }), params({ id: bobs.id })))).toEqual(notFound);
    expect(await db.notification.findUniqueOrThrow({ where: { id: bobs.id }, select: { isRead: true, deletedAt: true } })).toEqual({ isRead: false, deletedAt: null });
  });

  it("PATCH changes is-read", async () => {
    const patch = { data: { type: "notification", id: String(aliceNew.id), attributes: { "is-read": true } } };
    const { status, body } = await read(await PATCH(request("PATCH", `/v1/notifications/${aliceNew.id}`, { token: aliceToken, body: patch }), params({ id: aliceNew.id })));
    expect({ status, data: body.data }).toEqual({ status: 200, data: notificationObject(aliceNew, { "is-read": true }) });
    await db.notification.update({ where: { id: aliceNew.id }, data: { isRead: false } });
  });

  it("PATCH of any other attribute is 422 with its pointer, and changes nothing", async () => {
    const patch = { data: { type: "notification", id: String(aliceNew.id), attributes: { "is-read": true, title: "Hacked", "received-at": "2020-01-01T00:00:00Z" } } };
    expect(await read(await PATCH(request("PATCH", `/v1/notifications/${aliceNew.id}`, { token: aliceToken, body: patch }), params({ id: aliceNew.id })))).toEqual({
      status: 422,
      body: {
        errors: [
          { status: "422", code: "UNPROCESSABLE", title: "Validation error", detail: "Only is-read can be changed", source: { pointer: "/data/attributes/title" } },
          { status: "422", code: "UNPROCESSABLE", title: "Validation error", detail: "Only is-read can be changed", source: { pointer: "/data/attributes/received-at" } },
        ],
        jsonapi: { version: "1.1" },
      },
    });
    expect(await db.notification.findUniqueOrThrow({ where: { id: aliceNew.id }, select: { title: true, isRead: true } })).toEqual({ title: "New session proposal", isRead: false });
  });

  it("DELETE soft-deletes the caller's own notification", async () => {
    const own = await db.notification.create({ data: { userId: alice.id, action: "password_change", title: "Password changed", message: "x" } });
    expect(await read(await DELETE(request("DELETE", `/v1/notifications/${own.id}`, { token: aliceToken }), params({ id: own.id })))).toEqual({
      status: 200,
      body: { meta: { message: "Object successfully deleted" }, jsonapi: { version: "1.1" } },
    });
    expect((await db.notification.findUniqueOrThrow({ where: { id: own.id } })).deletedAt).toBeInstanceOf(Date);
  });
});

describe("POST /v1/notifications/mark-all-read", () => {
  it("marks only the caller's unread notifications read", async () => {
    const response = await markAllRead(request("POST", "/v1/notifications/mark-all-read", { token: aliceToken }), noParams);
    expect({ status: response.status, body: await response.json() }).toEqual({ status: 200, body: { updated: 1 } });
    expect(await db.notification.count({ where: { userId: bob.id, isRead: false } })).toBe(1);
    await db.notification.update({ where: { id: aliceNew.id }, data: { isRead: false } });
  });
});
