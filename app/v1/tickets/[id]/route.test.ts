import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { failure, params, read, request } from "@/lib/testing/api";
import { db } from "@/lib/db";
import type { Event, Ticket } from "@/lib/generated/prisma/client";
import { addRole, createEvent, createTicket, createUser } from "@/prisma/factories";
import { GET as list, POST } from "../../events/[id]/tickets/route";
import { GET, PATCH } from "./route";

let event: Event;
let visible: Ticket;
let hidden: Ticket;
let organizerToken: string;
let moderatorToken: string;
let speakerToken: string;

beforeAll(async () => {
  const organizer = await createUser();
  const moderator = await createUser();
  event = await createEvent({ owner: organizer });
  await addRole(moderator, event, "moderator");
  visible = await createTicket({ event, name: "Standard", position: 1 });
  hidden = await createTicket({ event, name: "Speaker pass", isHidden: true, position: 2 });
  [organizerToken, moderatorToken, speakerToken] = await Promise.all([
    signApiToken(organizer),
    signApiToken(moderator),
    signApiToken(await createUser()),
  ]);
});

const ids = (body: Record<string, unknown>) => (body.data as { id: string }[]).map((item) => Number(item.id));

describe("hidden tickets", () => {
  it("are listed to the event's staff only", async () => {
    const listed = async (token?: string) =>
      ids((await read(await list(request("GET", `/v1/events/${event.id}/tickets`, { token }), params({ id: event.id })))).body);
    expect(await listed()).toEqual([visible.id]);
    expect(await listed(speakerToken)).toEqual([visible.id]);
    expect(await listed(moderatorToken)).toEqual([visible.id, hidden.id]);
    expect(await listed(organizerToken)).toEqual([visible.id, hidden.id]);
  });

  it("answer 404 to readers who are not staff", async () => {
    const get = async (token?: string) => read(await GET(request("GET", `/v1/tickets/${hidden.id}`, { token }), params({ id: hidden.id })));
    expect(await get()).toEqual(failure(404, "Ticket not found"));
    expect(await get(speakerToken)).toEqual(failure(404, "Ticket not found"));
    expect((await get(moderatorToken)).status).toBe(200);
    // A filter cannot widen what a reader sees.
    const filter = encodeURIComponent(JSON.stringify([{ name: "is-hidden", op: "eq", val: true }]));
    const filtered = await read(await list(request("GET", `/v1/events/${event.id}/tickets?filter=${filter}`), params({ id: event.id })));
    expect([ids(filtered.body), filtered.body.meta]).toEqual([[], { count: 0 }]);
  });
});

describe("ticket validation", () => {
  const body = (attributes: Record<string, unknown>) => ({
    data: {
      type: "ticket",
      attributes: { name: "Early bird", "sales-starts-at": "2030-01-01T00:00:00Z", "sales-ends-at": "2030-02-01T00:00:00Z", ...attributes },
    },
  });
  const post = async (attributes: Record<string, unknown>) =>
    read(await POST(request("POST", `/v1/events/${event.id}/tickets`, { token: organizerToken, body: body(attributes) }), params({ id: event.id })));

  it.each([
    ["sales that end before they start", { "sales-ends-at": "2029-12-31T00:00:00Z" }, [["Sales must end after they start", "/data/attributes/sales-ends-at"]]],
    ["a paid ticket without a price", { type: "paid" }, [["A paid ticket needs a price above 0", "/data/attributes/price"]]],
    ["a free ticket with a price", { type: "free", price: 10 }, [["A free ticket must have the price 0", "/data/attributes/price"]]],
    ["a minimum order above the maximum", { "min-order": 5, "max-order": 2 }, [["Must not be less than the minimum order", "/data/attributes/max-order"]]],
    [
      "an unknown type and a negative price",
      { type: "vip", price: -1 },
      [
        ['Invalid option: expected one of "free"|"paid"|"donation"', "/data/attributes/type"],
        ["Must not be negative", "/data/attributes/price"],
      ],
    ],
    ["a missing sales start", { "sales-starts-at": undefined }, [["Must be a date and time", "/data/attributes/sales-starts-at"]]],
  ] as const)("rejects %s with 422 and pointers", async (_, attributes, errors) => {
    const before = await db.ticket.count();
    expect(await post(attributes)).toEqual(failure(422, ...errors.map(([detail, pointer]) => [detail, pointer] as [string, string])));
    expect(await db.ticket.count()).toBe(before);
  });

  it("checks a PATCH against the stored ticket", async () => {
    const ticket = await createTicket({ event, type: "paid", price: 20 });
    const patch = async (attributes: Record<string, unknown>) =>
      read(
        await PATCH(
          request("PATCH", `/v1/tickets/${ticket.id}`, { token: organizerToken, body: { data: { type: "ticket", id: String(ticket.id), attributes } } }),
          params({ id: ticket.id }),
        ),
      );
    expect(await patch({ price: 0 })).toEqual(failure(422, ["A paid ticket needs a price above 0", "/data/attributes/price"]));
    expect(await patch({ "sales-ends-at": ticket.salesStartsAt.toISOString() })).toEqual(
      failure(422, ["Sales must end after they start", "/data/attributes/sales-ends-at"]),
    );
    expect(await patch({ "min-order": 11 })).toEqual(failure(422, ["Must not be less than the minimum order", "/data/attributes/max-order"]));
    expect(await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toEqual(ticket);
    const changed = await patch({ type: "free", price: 0 });
    expect((changed.body.data as { attributes: Record<string, unknown> }).attributes).toMatchObject({ type: "free", price: 0 });
  });
});
