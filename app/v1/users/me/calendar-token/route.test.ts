import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { failure, read } from "@/lib/testing/api";
import { db } from "@/lib/db";
import type { User } from "@/lib/generated/prisma/client";
import { createUser } from "@/prisma/factories";
import { GET as personalFeed } from "../../../calendar/[file]/route";
import { DELETE, GET, POST } from "./route";

const noParams = { params: Promise.resolve({}) };

function call(method: string, token?: string) {
  const headers: Record<string, string> = { host: "events.example.org", "x-forwarded-proto": "https" };
  if (token) headers.authorization = `JWT ${token}`;
  return new Request("http://internal/v1/users/me/calendar-token", { method, headers });
}

const document = (token: string) => ({
  data: {
    type: "calendar-token",
    id: "me",
    attributes: {
      "feed-url": `https://events.example.org/v1/calendar/${token}.ics`,
      "webcal-url": `webcal://events.example.org/v1/calendar/${token}.ics`,
    },
  },
  links: { self: "/v1/users/me/calendar-token" },
  jsonapi: { version: "1.1" },
});

const feedStatus = async (token: string) =>
  (await personalFeed(new Request(`http://localhost/v1/calendar/${token}.ics`), { params: Promise.resolve({ file: `${token}.ics` }) })).status;

let user: User;
let apiToken: string;

beforeAll(async () => {
  user = await createUser();
  apiToken = await signApiToken(user);
});

describe("/v1/users/me/calendar-token", () => {
  it("is 401 for anonymous callers", async () => {
    for (const handler of [GET, POST, DELETE]) {
      expect(await read(await handler(call("GET"), noParams))).toEqual(failure(401, "Authentication required"));
    }
  });

  it("has no URL until one is created; POST creates and rotates, DELETE revokes", async () => {
    expect(await read(await GET(call("GET", apiToken), noParams))).toEqual({
      status: 200,
      body: { data: null, links: { self: "/v1/users/me/calendar-token" }, jsonapi: { version: "1.1" } },
    });

    const created = await read(await POST(call("POST", apiToken), noParams));
    const token = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).calendarToken ?? "";
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created).toEqual({ status: 201, body: document(token) });
    // No user id in the URL: the token is the whole credential.
    const urls = Object.values((created.body as { data: { attributes: Record<string, string> } }).data.attributes);
    for (const url of urls) expect(new URL(url).pathname.split("/")).not.toContain(String(user.id));
    expect(await read(await GET(call("GET", apiToken), noParams))).toEqual({ status: 200, body: document(token) });
    expect(await feedStatus(token)).toBe(200);

    await POST(call("POST", apiToken), noParams);
    const rotated = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).calendarToken ?? "";
    expect(rotated).not.toBe(token);
    expect(await feedStatus(token)).toBe(404);
    expect(await feedStatus(rotated)).toBe(200);

    expect((await DELETE(call("DELETE", apiToken), noParams)).status).toBe(200);
    expect(await feedStatus(rotated)).toBe(404);
    expect((await read(await GET(call("GET", apiToken), noParams))).body.data).toBeNull();
  });
});
