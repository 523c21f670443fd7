import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { asActor, refusal } from "../testing/actors";
import { db } from "../db";
import type { Event, User } from "../generated/prisma/client";
import { addRole, createEvent, createSpeakersCall as createCall, createUser } from "../../prisma/factories";
import { createSpeakersCall } from "./create-speakers-call";
import { deleteSpeakersCall } from "./delete-speakers-call";
import { getEventSpeakersCall, getSpeakersCall } from "./get-speakers-call";
import { checkProposalWindow } from "./proposal-window";
import { createSpeakersCallSchema } from "./schemas";
import { updateSpeakersCall } from "./update-speakers-call";

/** The call for speakers: who sees it (privacy, its link), who opens, changes and withdraws it, and its window. */


let owner: User;
let actors: Record<"organizer" | "coorganizer" | "moderator" | "speaker" | "otherOrganizer" | "admin", Actor>;

beforeAll(async () => {
  owner = await createUser();
  const coorganizer = await createUser();
  const moderator = await createUser();
  const otherOrganizer = await createUser();
  actors = {
    organizer: asActor(owner),
    coorganizer: asActor(coorganizer),
    moderator: asActor(moderator),
    speaker: asActor(await createUser()),
    otherOrganizer: asActor(otherOrganizer),
    admin: asActor(await createUser({ isAdmin: true })),
  };
  await createEvent({ owner: otherOrganizer });
});

async function eventWithTeam(overrides: Partial<Event> = {}) {
  const event = await createEvent({ owner, ...overrides });
  await addRole({ id: actors.coorganizer!.id }, event, "coorganizer");
  await addRole({ id: actors.moderator!.id }, event, "moderator");
  return event;
}


const NOT_FOUND = { status: 404, errors: [["Speakers call not found"]] };
const DAY = 86_400_000;
const input = (overrides: Record<string, unknown> = {}) =>
  createSpeakersCallSchema.parse({ startsAt: "2030-01-01T00:00:00Z", endsAt: "2030-02-01T00:00:00Z", announcement: "<p>Talks <b>wanted</b></p>", ...overrides });

describe("reading a call for speakers", () => {
  it("shows a public call to anyone who may view the event, its link's secret to the event's team only", async () => {
    const event = await eventWithTeam();
    const call = await createCall({ event });
    for (const actor of [actors.organizer, actors.coorganizer, actors.moderator, actors.admin]) {
      expect(await getEventSpeakersCall(actor, event.identifier)).toEqual(call);
    }
    for (const actor of [null, actors.speaker, actors.otherOrganizer]) {
      expect(await getEventSpeakersCall(actor, String(event.id))).toEqual({ ...call, hash: null });
      expect(await getSpeakersCall(actor, call.id)).toEqual({ ...call, hash: null });
    }
  });

  it("shows a private call only to the team and with its link; nothing of a draft event or an event without a call", async () => {
    const event = await eventWithTeam();
    const call = await createCall({ event, privacy: "private" });
    expect(await getEventSpeakersCall(actors.coorganizer, event.id)).toEqual(call);
    for (const actor of [null, actors.speaker, actors.otherOrganizer]) {
      expect(await refusal(getEventSpeakersCall(actor, event.id))).toEqual(NOT_FOUND);
      expect(await refusal(getSpeakersCall(actor, call.id, { hash: "wrong-wrong-wrong-wrong" }))).toEqual(NOT_FOUND);
      expect(await getEventSpeakersCall(actor, event.id, { hash: call.hash })).toEqual({ ...call, hash: null });
    }
    const draft = await eventWithTeam({ state: "draft" });
    const hidden = await createCall({ event: draft });
    expect(await refusal(getSpeakersCall(null, hidden.id, { hash: hidden.hash }))).toEqual(NOT_FOUND);
    expect((await getSpeakersCall(actors.moderator, hidden.id)).id).toBe(hidden.id);
    expect(await refusal(getEventSpeakersCall(actors.organizer, (await eventWithTeam()).id))).toEqual(NOT_FOUND);
    expect(await refusal(getSpeakersCall(actors.organizer, "x"))).toEqual(NOT_FOUND);
  });
});

describe("opening, changing and withdrawing a call", () => {
  it("opens one call per event with a sanitized announcement and a link secret", async () => {
    const event = await eventWithTeam();
    const created = await createSpeakersCall(actors.coorganizer, event.identifier, input({ announcement: '<p onclick="x()">Talks <script>alert(1)</script><a href="javascript:x">here</a></p>' }));
    expect(created).toEqual({
      id: expect.any(Number),
      eventId: event.id,
      announcement: '<p>Talks <a rel="nofollow noopener noreferrer ugc">here</a></p>',
      startsAt: new Date("2030-01-01T00:00:00Z"),
      softEndsAt: null,
      endsAt: new Date("2030-02-01T00:00:00Z"),
      privacy: "public",
      hash: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/),
      createdAt: expect.any(Date),
      updatedAt: expect.any(Date),
    });
    expect(await refusal(createSpeakersCall(actors.organizer, event.id, input()))).toEqual({
      status: 409,
      errors: [["This event already has a call for speakers", "/data/relationships/event"]],
    });
    // Open Event's frontend brings its own secret (a UUID).
    const other = await eventWithTeam();
    const uuid = "0b9f1c2e-7a51-4c8e-9d0a-5f3e2b1a4c6d";
    expect((await createSpeakersCall(actors.admin, other.id, input({ hash: uuid, privacy: "private" }))).hash).toBe(uuid);
    expect(createSpeakersCallSchema.safeParse({ startsAt: "x", endsAt: "2030-01-01", privacy: "secret", hash: "short" }).error?.issues.map((issue) => issue.path.join("."))).toEqual([
      "startsAt",
      "privacy",
      "hash",
    ]);
  });

  it("refuses a window that ends before it starts or announces a deadline outside it, also when changing part of it", async () => {
    const event = await eventWithTeam();
    expect(await refusal(createSpeakersCall(actors.organizer, event.id, input({ endsAt: "2029-12-31T00:00:00Z" })))).toEqual({
      status: 422,
      errors: [["Must be after starts-at", "/data/attributes/ends-at"]],
    });
    expect(await refusal(createSpeakersCall(actors.organizer, event.id, input({ softEndsAt: "2030-03-01T00:00:00Z" })))).toEqual({
      status: 422,
      errors: [["Must be after starts-at and not after ends-at", "/data/attributes/soft-ends-at"]],
    });
    const call = await createSpeakersCall(actors.organizer, event.id, input({ softEndsAt: "2030-01-20T00:00:00Z" }));
    expect(await refusal(updateSpeakersCall(actors.organizer, call.id, { startsAt: new Date("2030-01-25T00:00:00Z") }))).toEqual({
      status: 422,
      errors: [["Must be after starts-at and not after ends-at", "/data/attributes/soft-ends-at"]],
    });
    expect(await refusal(updateSpeakersCall(actors.organizer, call.id, { privacy: "private" }, { expectedId: "0" }))).toEqual({
      status: 409,
      errors: [["data.id does not match the speakers call in the URL", "/data/id"]],
    });
    const changed = await updateSpeakersCall(actors.coorganizer, call.id, { softEndsAt: null, privacy: "private", announcement: "Plain text & more", hash: "a-brand-new-link-secret" });
    expect([changed.softEndsAt, changed.privacy, changed.announcement, changed.hash]).toEqual([null, "private", "<p>Plain text &amp; more</p>", "a-brand-new-link-secret"]);
  });

  it("is for co-organizers and up: 401 to the anonymous, 404 to everyone else", async () => {
    const event = await eventWithTeam();
    const call = await createCall({ event });
    for (const actor of [actors.speaker, actors.otherOrganizer, actors.moderator]) {
      expect(await refusal(createSpeakersCall(actor, (await eventWithTeam()).id, input()))).toEqual({ status: 404, errors: [["Event not found"]] });
      expect(await refusal(updateSpeakersCall(actor, call.id, { privacy: "private" }))).toEqual(NOT_FOUND);
      expect(await refusal(deleteSpeakersCall(actor, call.id))).toEqual(NOT_FOUND);
    }
    expect(await refusal(createSpeakersCall(null, event.id, input()))).toEqual({ status: 401, errors: [["Sign in to open a call for speakers"]] });
    expect(await refusal(updateSpeakersCall(null, call.id, {}))).toEqual({ status: 401, errors: [["Sign in to change the call for speakers"]] });
    expect(await db.speakersCall.findUniqueOrThrow({ where: { id: call.id } })).toEqual(call);
    await deleteSpeakersCall(actors.coorganizer, call.id);
    expect(await db.speakersCall.findUnique({ where: { id: call.id } })).toBeNull();
  });
});

describe("the proposal window", () => {
  it("is open from the start until the end of the call, a private one only through its link, always without a call", async () => {
    const event = await eventWithTeam();
    const now = new Date("2030-01-10T00:00:00Z");
    await expect(checkProposalWindow(event.id, { now })).resolves.toBeUndefined();
    const call = await createCall({ event, startsAt: new Date(now.getTime() + DAY), endsAt: new Date(now.getTime() + 10 * DAY) });
    expect(await refusal(checkProposalWindow(event.id, { now }))).toEqual({ status: 403, errors: [["The call for speakers opens at 2030-01-11T00:00:00.000Z"]] });
    await expect(checkProposalWindow(event.id, { now: call.startsAt })).resolves.toBeUndefined();
    expect(await refusal(checkProposalWindow(event.id, { now: call.endsAt }))).toEqual({ status: 403, errors: [["The call for speakers closed at 2030-01-20T00:00:00.000Z"]] });
    await db.speakersCall.update({ where: { id: call.id }, data: { privacy: "private" } });
    expect(await refusal(checkProposalWindow(event.id, { now: call.startsAt }))).toEqual({
      status: 403,
      errors: [["This call for speakers is private: use the link the organizers shared"]],
    });
    await expect(checkProposalWindow(event.id, { now: call.startsAt, hash: call.hash })).resolves.toBeUndefined();
  });
});
