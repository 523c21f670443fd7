import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Mail } from "@/lib/generated/prisma/client";
import { adminAndUserTokens, failure, noParams, params, read, request, single } from "@/lib/testing/api";
import { GET as getOne } from "./[id]/route";
import { GET as list } from "./route";

/**
 * `GET /v1/mails` and `/v1/mails/{id}`: the mail log (every mail goes through the outbox) as
 * Open Event's `mail` documents, for admins: its five attributes under OES's names, with the
 * shared collection layer's filter, sort and page.
 */

let adminToken: string;
let userToken: string;
let mails: Mail[];
/** This file's mails: the log holds those of every other test too. */
const ACTION = `oes-mail-log-${Date.now()}`;
const mine = `filter=${encodeURIComponent(JSON.stringify([{ name: "action", op: "eq", val: ACTION }]))}`;

beforeAll(async () => {
  ({ adminToken, userToken } = await adminAndUserTokens());
  mails = [];
  for (const [i, recipient] of ["ada@example.test", "grace@example.test", "alan@example.test"].entries()) {
    mails.push(
      await db.mail.create({
        data: { recipient, action: ACTION, subject: `Subject ${i}`, message: `<p>Body ${i}</p>`, text: `Body ${i}`, time: new Date(Date.UTC(2030, 0, 1 + i, 9)), status: "sent", attempts: 1 },
      }),
    );
  }
});

const mailObject = (mail: Mail) => ({
  type: "mail",
  id: String(mail.id),
  attributes: { recipient: mail.recipient, time: mail.time.toISOString(), action: mail.action, subject: mail.subject, message: mail.message },
  links: { self: `/v1/mails/${mail.id}` },
});

const get = async (path: string, token?: string) => read(await list(request("GET", path, { token }), noParams));

describe("GET /v1/mails", () => {
  it("lists the log newest first for an admin, as whole mail documents", async () => {
    const { status, body } = await get(`/v1/mails?${mine}`, adminToken);
    expect(status).toBe(200);
    expect({ data: body.data, meta: body.meta }).toEqual({ data: [...mails].reverse().map(mailObject), meta: { count: 3 } });
  });

  it("filters, sorts and pages as every collection does", async () => {
    const byRecipient = await get(`/v1/mails?${mine}&sort=recipient&page[size]=2&page[number]=1`, adminToken);
    expect({ data: byRecipient.body.data, meta: byRecipient.body.meta }).toEqual({ data: [mails[0]!, mails[2]!].map(mailObject), meta: { count: 3 } });
    const filter = encodeURIComponent(JSON.stringify([{ name: "action", op: "eq", val: ACTION }, { name: "recipient", op: "ilike", val: "%grace%" }]));
    expect((await get(`/v1/mails?filter=${filter}`, adminToken)).body.data).toEqual([mailObject(mails[1]!)]);
    const whole = await get(`/v1/mails?${mine}&page[size]=0`, adminToken);
    expect((whole.body.data as unknown[]).length).toBe(3);
  });

  it("refuses bad queries at their parameter", async () => {
    const badSort = await get("/v1/mails?sort=message", adminToken);
    expect([badSort.status, (badSort.body.errors as { source: unknown }[])[0]!.source]).toEqual([400, { parameter: "sort" }]);
    const badFilter = await get(`/v1/mails?filter=${encodeURIComponent(JSON.stringify([{ name: "text", op: "eq", val: "x" }]))}`, adminToken);
    expect([badFilter.status, (badFilter.body.errors as { source: unknown }[])[0]!.source]).toEqual([400, { parameter: "filter" }]);
  });

  it("is 401 for anonymous callers and 403 for users who are not admins", async () => {
    expect(await get("/v1/mails")).toEqual(failure(401, "Authentication required"));
    expect(await get("/v1/mails", userToken)).toEqual(failure(403, "Admin access is required"));
  });
});

describe("GET /v1/mails/{id}", () => {
  it("answers one mail to an admin, the document its list shows; 404 to others and for no mail", async () => {
    const mail = mails[1]!;
    const one = await read(await getOne(request("GET", `/v1/mails/${mail.id}`, { token: adminToken }), params({ id: mail.id })));
    expect(one).toEqual({ status: 200, body: single(mailObject(mail), `/v1/mails/${mail.id}`) });
    expect((await read(await getOne(request("GET", `/v1/mails/${mail.id}`, { token: userToken }), params({ id: mail.id })))).status).toBe(404);
    expect((await read(await getOne(request("GET", `/v1/mails/${mail.id}`), params({ id: mail.id })))).status).toBe(401);
    expect(await read(await getOne(request("GET", "/v1/mails/2147483647", { token: adminToken }), params({ id: 2147483647 })))).toEqual(failure(404, "Mail not found"));
  });
});
