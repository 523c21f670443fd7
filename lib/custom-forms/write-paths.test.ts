import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import * as eventSessions from "@/app/v1/events/[id]/sessions/route";
import * as eventSpeakers from "@/app/v1/events/[id]/speakers/route";
import * as sessionItem from "@/app/v1/sessions/[id]/route";
import * as speakerItem from "@/app/v1/speakers/[id]/route";
import { signApiToken } from "../auth/api-token";
import type { Actor } from "../auth/actor";
import { params, read, request } from "../testing/api";
import { asActor, refusal } from "../testing/actors";
import { signIn } from "../testing/signed-in";
import { db, queryCount } from "../db";
import type { Event, User } from "../generated/prisma/client";
import { proposalSchema } from "../proposals/schemas";
import { createEventSession } from "../sessions/create-session";
import { createSessionSchema, updateSessionSchema } from "../sessions/schemas";
import { updateSession } from "../sessions/update-session";
import { createEventSpeaker } from "../speakers/create-speaker";
import { updateSpeaker } from "../speakers/update-speaker";
import { createCustomForm, createEvent, createSession, createSpeaker, createSpeakersCall, createTrack, createUser } from "../../prisma/factories";

/**
 * Every write of a session or speaker is checked against the event's forms, with the same
 * schema and the same places: the API services (and a route), the dashboard's actions and the
 * public proposal. The event asks for slides and an audience level on sessions, a T-shirt size on
 * speakers, and an age (18–99) it does not require.
 */

vi.mock("../auth/session", () => import("../testing/signed-in"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { createSessionAction, updateSessionAction } = await import("../sessions/actions");
const { createSpeakerAction, updateSpeakerAction } = await import("../speakers/actions");
const { submitProposalAction } = await import("../proposals/actions");


let organizer: NonNullable<Actor>;
let event: Event;

beforeAll(async () => {
  const owner = await createUser();
  organizer = asActor(owner);
  event = await createEvent({ owner });
  await db.customForm.updateMany({ where: { eventId: event.id, form: "session", fieldIdentifier: "slidesUrl" }, data: { isRequired: true } });
  await createCustomForm({ event, fieldIdentifier: "audienceLevel", name: "Audience", options: ["beginner", "expert"], isRequired: true, isPublic: true });
  await createCustomForm({ event, form: "speaker", fieldIdentifier: "tShirt", name: "T-shirt", options: ["S", "M", "L"], isRequired: true });
  await createCustomForm({ event, form: "speaker", fieldIdentifier: "age", name: "Age", type: "number", min: 18, max: 99 });
});

beforeEach(() => {
  signIn(organizer);
});


const SESSION_MISSING = {
  status: 422,
  errors: [
    ["Slides is required", "/data/attributes/slides-url"],
    ["Audience is required", "/data/attributes/complex-field-values/audienceLevel"],
  ],
};

describe("the API's services", () => {
  it("refuse a session without a required built-in field or custom answer, at their pointers", async () => {
    const before = await db.session.count({ where: { eventId: event.id } });
    expect(await refusal(createEventSession(organizer, event.identifier, createSessionSchema.parse({ title: "Talk" })))).toEqual(SESSION_MISSING);
    expect(
      await refusal(createEventSession(organizer, event.identifier, createSessionSchema.parse({ title: "Talk", slidesUrl: "/uploads/s.pdf", complexFieldValues: { audienceLevel: "guru", extra: 1 } }))),
    ).toEqual({
      status: 422,
      errors: [
        ["This field is not part of the form", "/data/attributes/complex-field-values/extra"],
        ["Must be one of: beginner, expert", "/data/attributes/complex-field-values/audienceLevel"],
      ],
    });
    expect(await db.session.count({ where: { eventId: event.id } })).toBe(before);
    const created = await createEventSession(organizer, event.identifier, createSessionSchema.parse({ title: "Talk", slidesUrl: "/uploads/s.pdf", complexFieldValues: { audienceLevel: "expert" } }));
    expect([created.complexFieldValues, created.publicFieldValues]).toEqual([{ audienceLevel: "expert" }, { audienceLevel: "expert" }]);
  });

  it("store rich text sanitized: abstracts, biographies and paragraph answers lose scripts and handlers, an emptied editor's markup is none", async () => {
    const rich = await createEvent({ owner: { id: organizer.id } });
    await createCustomForm({ event: rich, fieldIdentifier: "story", name: "Story", type: "paragraph", isPublic: true });
    await createCustomForm({ event: rich, form: "speaker", fieldIdentifier: "hobby", name: "Hobby", type: "paragraph" });
    const hostile = '<p><strong>Bold</strong> <img src=x onerror="alert(1)"></p><script>alert(1)</script><ul><li><p onclick="x()">item</p></li></ul>';
    const safe = "<p><strong>Bold</strong> </p><ul><li><p>item</p></li></ul>";
    const session = await createEventSession(
      organizer,
      rich.identifier,
      createSessionSchema.parse({ title: "Talk", shortAbstract: "Plain & short", longAbstract: hostile, comments: "<p></p>", complexFieldValues: { story: hostile } }),
    );
    const stored = await db.session.findUniqueOrThrow({ where: { id: session.id }, select: { shortAbstract: true, longAbstract: true, comments: true, complexFieldValues: true, publicFieldValues: true } });
    expect(stored).toEqual({ shortAbstract: "Plain & short", longAbstract: safe, comments: null, complexFieldValues: { story: safe }, publicFieldValues: { story: safe } });
    const updated = await updateSession(organizer, String(session.id), updateSessionSchema.parse({ longAbstract: "<p><br></p>", complexFieldValues: { story: '<p><a href="javascript:alert(1)">x</a></p>' } }));
    expect([updated.longAbstract, updated.complexFieldValues]).toEqual([null, { story: '<p><a rel="nofollow noopener noreferrer ugc">x</a></p>' }]);

    const speaker = await createEventSpeaker(organizer, rich.identifier, { name: "Ada", email: "ada@example.org", shortBiography: hostile, complexFieldValues: { hobby: hostile } });
    const profile = await updateSpeaker(organizer, String(speaker.id), { longBiography: '<p onmouseover="x()">Long</p>' });
    expect([profile.shortBiography, profile.longBiography, profile.complexFieldValues]).toEqual([safe, "<p>Long</p>", { hobby: safe }]);
  });

  it("point a required relationship at /data/relationships/<name>", async () => {
    const strict = await createEvent({ owner: { id: organizer.id } });
    await db.customForm.updateMany({ where: { eventId: strict.id, fieldIdentifier: "track" }, data: { isIncluded: true, isRequired: true } });
    expect(await refusal(createEventSession(organizer, String(strict.id), createSessionSchema.parse({ title: "Talk" })))).toEqual({
      status: 422,
      errors: [["Track is required", "/data/relationships/track"]],
    });
    const track = await createTrack({ event: strict });
    expect((await createEventSession(organizer, String(strict.id), createSessionSchema.parse({ title: "Talk", trackId: track.id }))).trackId).toBe(track.id);
  });

  it("answer the same through the route, whose body parser reads complex-field-values as sent", async () => {
    const token = await signApiToken({ id: organizer.id } as User);
    const post = async (attributes: Record<string, unknown>) =>
      read(await eventSessions.POST(request("POST", `/v1/events/${event.id}/sessions`, { token, body: { data: { type: "session", attributes } } }), params({ id: event.id })));
    const response = await post({ title: "Talk", "complex-field-values": { audienceLevel: "" } });
    expect(response).toEqual({
      status: 422,
      body: {
        errors: SESSION_MISSING.errors.map(([detail, pointer]) => ({ status: "422", code: "UNPROCESSABLE", title: "Validation error", detail, source: { pointer } })),
        jsonapi: { version: "1.1" },
      },
    });
  });

  it("answer POST and PATCH of sessions and speakers through their routes at the same pointers, and change nothing", async () => {
    const token = await signApiToken({ id: organizer.id } as User);
    const errorBody = (errors: string[][]) => ({
      errors: errors.map(([detail, pointer]) => ({ status: "422", code: "UNPROCESSABLE", title: "Validation error", detail, source: { pointer } })),
      jsonapi: { version: "1.1" },
    });
    const send = async (handler: (r: Request, c: never) => Promise<Response>, method: string, path: string, id: number, type: string, attributes: Record<string, unknown>, rowId?: number) =>
      read(await handler(request(method, path, { token, body: { data: { type, ...(rowId ? { id: String(rowId) } : {}), attributes } } }), params({ id }) as never));

    const session = await createSession({ event, state: "pending", slidesUrl: "/uploads/a.pdf", complexFieldValues: { audienceLevel: "expert" } });
    const patchSession = (attributes: Record<string, unknown>) => send(sessionItem.PATCH, "PATCH", `/v1/sessions/${session.id}`, session.id, "session", attributes, session.id);
    expect(await patchSession({ "slides-url": null, "complex-field-values": { audienceLevel: null } })).toEqual({ status: 422, body: errorBody(SESSION_MISSING.errors) });
    expect(await patchSession({ "complex-field-values": { audienceLevel: "guru" } })).toEqual({
      status: 422,
      body: errorBody([["Must be one of: beginner, expert", "/data/attributes/complex-field-values/audienceLevel"]]),
    });
    expect(await db.session.findUniqueOrThrow({ where: { id: session.id } })).toMatchObject({ slidesUrl: "/uploads/a.pdf", complexFieldValues: { audienceLevel: "expert" } });

    const speakers = await db.speaker.count({ where: { eventId: event.id } });
    expect(await send(eventSpeakers.POST, "POST", `/v1/events/${event.id}/speakers`, event.id, "speaker", { name: "Ada", email: "ada@example.org", "complex-field-values": { age: 120 } })).toEqual({
      status: 422,
      body: errorBody([
        ["T-shirt is required", "/data/attributes/complex-field-values/tShirt"],
        ["Must be at most 99", "/data/attributes/complex-field-values/age"],
      ]),
    });
    expect(await db.speaker.count({ where: { eventId: event.id } })).toBe(speakers);
    const speaker = await createSpeaker({ event, complexFieldValues: { tShirt: "M" } });
    expect(await send(speakerItem.PATCH, "PATCH", `/v1/speakers/${speaker.id}`, speaker.id, "speaker", { email: "", "complex-field-values": { tShirt: "" } }, speaker.id)).toEqual({
      status: 422,
      body: errorBody([
        ["Email is required", "/data/attributes/email"],
        ["T-shirt is required", "/data/attributes/complex-field-values/tShirt"],
      ]),
    });
    expect(await db.speaker.findUniqueOrThrow({ where: { id: speaker.id } })).toMatchObject({ email: speaker.email, complexFieldValues: { tShirt: "M" } });
  });

  it("refuse a speaker without an email or a required answer, and an answer out of bounds", async () => {
    expect(await refusal(createEventSpeaker(organizer, event.identifier, { name: "Ada", complexFieldValues: { age: 12 } }))).toEqual({
      status: 422,
      errors: [
        ["Email is required", "/data/attributes/email"],
        ["T-shirt is required", "/data/attributes/complex-field-values/tShirt"],
        ["Must be at least 18", "/data/attributes/complex-field-values/age"],
      ],
    });
    const speaker = await createEventSpeaker(organizer, event.identifier, { name: "Ada", email: "ada@example.org", complexFieldValues: { tShirt: "M", age: "36" } });
    expect([speaker.complexFieldValues, speaker.publicFieldValues]).toEqual([{ tShirt: "M", age: 36 }, null]);
  });

  it("on a change, hold only what the change touches: a required field cannot be cleared, a new answer must fit", async () => {
    // Stored before slides and the audience were required, with an answer the options no longer have.
    const old = await createSession({ event, title: "Old talk", state: "pending", slidesUrl: null, complexFieldValues: { audienceLevel: "guru" } });
    expect((await updateSession(organizer, String(old.id), updateSessionSchema.parse({ title: "Old talk, renamed" }))).title).toBe("Old talk, renamed");
    // The complete answers come back as they were (an Ember client sends the record back whole), with a new valid one.
    await createCustomForm({ event, fieldIdentifier: "notes", name: "Notes" });
    const edited = await updateSession(organizer, String(old.id), updateSessionSchema.parse({ slidesUrl: "", complexFieldValues: { audienceLevel: "guru", notes: " Bring a laptop " } }));
    expect(edited.complexFieldValues).toEqual({ audienceLevel: "guru", notes: "Bring a laptop" });
    expect(await refusal(updateSession(organizer, String(old.id), updateSessionSchema.parse({ complexFieldValues: { audienceLevel: "beginners!", notes: "x" } })))).toEqual({
      status: 422,
      errors: [["Must be one of: beginner, expert", "/data/attributes/complex-field-values/audienceLevel"]],
    });
    const complete = await createSession({ event, state: "pending", slidesUrl: "/uploads/a.pdf", complexFieldValues: { audienceLevel: "expert" } });
    expect(await refusal(updateSession(organizer, String(complete.id), updateSessionSchema.parse({ slidesUrl: null, complexFieldValues: {} })))).toEqual(SESSION_MISSING);
    expect(await db.session.findUniqueOrThrow({ where: { id: complete.id } })).toMatchObject({ slidesUrl: "/uploads/a.pdf", complexFieldValues: { audienceLevel: "expert" } });

    const speaker = await createSpeaker({ event, complexFieldValues: { tShirt: "M" } });
    expect(await refusal(updateSpeaker(organizer, String(speaker.id), { email: null, complexFieldValues: { tShirt: "XXL" } }))).toEqual({
      status: 422,
      errors: [
        ["Email is required", "/data/attributes/email"],
        ["Must be one of: S, M, L", "/data/attributes/complex-field-values/tShirt"],
      ],
    });
    expect((await updateSpeaker(organizer, String(speaker.id), { organisation: "Elsewhere" })).organisation).toBe("Elsewhere");
  });

  it("cost a session create one query more for the form, and a proposal two (the form and the call)", async () => {
    const quiet = await createEvent({ owner: { id: organizer.id } });
    const proposer = asActor(await createUser());
    const count = async (run: () => Promise<unknown>) => {
      const before = queryCount();
      await run();
      return queryCount() - before;
    };
    await createEventSession(organizer, String(quiet.id), createSessionSchema.parse({ title: "Warm-up" }));
    // Before the forms: 12 for an organizer's create, 13 for a proposal.
    expect(await count(() => createEventSession(organizer, String(quiet.id), createSessionSchema.parse({ title: "A" })))).toBe(13);
    expect(await count(() => createEventSession(proposer, String(quiet.id), createSessionSchema.parse({ title: "B", state: "pending" })))).toBe(15);
    await createSpeakersCall({ event: quiet });
    expect(await count(() => createEventSession(proposer, String(quiet.id), createSessionSchema.parse({ title: "C", state: "pending" })))).toBe(15);
    // A change that touches no field of the form (a sign-up link, a decision) does not read it.
    const session = await createSession({ event: quiet, state: "pending" });
    const withForm = await count(() => updateSession(organizer, String(session.id), { title: "Renamed" }));
    const withoutForm = await count(() => updateSession(organizer, String(session.id), { signupUrl: "https://signup.example" }));
    expect(withForm - withoutForm).toBe(1);
  });
});

describe("the dashboard's actions", () => {
  it("answer the same refusals beside the form's fields", async () => {
    expect(await createSessionAction(String(event.id), { title: "Talk", state: "pending" })).toEqual({
      ok: false,
      fieldErrors: { slidesUrl: "Slides is required", "complexFieldValues.audienceLevel": "Audience is required" },
    });
    const session = await createSession({ event, state: "pending", slidesUrl: "/uploads/a.pdf", complexFieldValues: { audienceLevel: "expert" } });
    expect(await updateSessionAction(String(session.id), { slidesUrl: "", complexFieldValues: { audienceLevel: "nobody" } })).toEqual({
      ok: false,
      fieldErrors: { slidesUrl: "Slides is required", "complexFieldValues.audienceLevel": "Must be one of: beginner, expert" },
    });
    expect(await createSpeakerAction(String(event.id), { name: "Grace", email: "" })).toEqual({
      ok: false,
      fieldErrors: { email: "Email is required", "complexFieldValues.tShirt": "T-shirt is required" },
    });
    const speaker = await createSpeaker({ event, complexFieldValues: { tShirt: "S" } });
    expect(await updateSpeakerAction(String(speaker.id), { complexFieldValues: { tShirt: "S", age: 120 } })).toEqual({
      ok: false,
      fieldErrors: { "complexFieldValues.age": "Must be at most 99" },
    });
    expect(await createSpeakerAction(String(event.id), { name: "Grace", email: "grace@example.org", complexFieldValues: { tShirt: "L" } })).toMatchObject({ ok: true });
  });
});

describe("the proposal action", () => {
  const values = {
    title: "Typed Python at scale",
    shortAbstract: "What types buy a big codebase.",
    speakerName: "Ada Lovelace",
    submit: true,
  };

  it("answers every refused field of the session and the profile at once, and creates nothing", async () => {
    const user = await createUser();
    signIn(asActor(user));
    const before = { sessions: await db.session.count({ where: { eventId: event.id } }), speakers: await db.speaker.count({ where: { eventId: event.id } }) };
    expect(await submitProposalAction(event.identifier, { ...values, speaker: { complexFieldValues: { age: 17 } } })).toEqual({
      ok: false,
      fieldErrors: {
        slidesUrl: "Slides is required",
        "complexFieldValues.audienceLevel": "Audience is required",
        "speaker.complexFieldValues.tShirt": "T-shirt is required",
        "speaker.complexFieldValues.age": "Must be at least 18",
      },
    });
    expect({ sessions: await db.session.count({ where: { eventId: event.id } }), speakers: await db.speaker.count({ where: { eventId: event.id } }) }).toEqual(before);

    const sent = await submitProposalAction(event.identifier, {
      ...values,
      slidesUrl: "/uploads/slides.pdf",
      complexFieldValues: { audienceLevel: "beginner" },
      speaker: { complexFieldValues: { tShirt: "L" }, website: "https://ada.example" },
    });
    if (!sent.ok) throw new Error(JSON.stringify(sent));
    const session = await db.session.findUniqueOrThrow({ where: { id: sent.data.id }, include: { speakers: { include: { speaker: true } } } });
    expect([session.slidesUrl, session.complexFieldValues, session.publicFieldValues, session.state]).toEqual(["/uploads/slides.pdf", { audienceLevel: "beginner" }, { audienceLevel: "beginner" }, "pending"]);
    expect(session.speakers[0]?.speaker).toMatchObject({ name: "Ada Lovelace", email: user.email, website: "https://ada.example", complexFieldValues: { tShirt: "L" }, publicFieldValues: null });
  });

  it("keeps to the call's window: before and after it a proposal is refused at form level, the API refuses too", async () => {
    const owner = await createUser();
    const timed = await createEvent({ owner });
    const now = Date.now();
    const call = await createSpeakersCall({ event: timed, startsAt: new Date(now + 86_400_000), endsAt: new Date(now + 2 * 86_400_000) });
    const proposer = asActor(await createUser());
    signIn(proposer);
    const input = proposalSchema.parse(values);
    expect(await submitProposalAction(timed.identifier, input)).toEqual({ ok: false, fieldErrors: {}, formError: `The call for speakers opens at ${call.startsAt.toISOString()}` });
    expect(await refusal(createEventSession(proposer, timed.identifier, createSessionSchema.parse({ title: "Early", state: "pending" })))).toEqual({
      status: 403,
      errors: [[`The call for speakers opens at ${call.startsAt.toISOString()}`]],
    });
    await db.speakersCall.update({ where: { id: call.id }, data: { startsAt: new Date(now - 2 * 86_400_000), endsAt: new Date(now - 86_400_000) } });
    const ended = new Date(now - 86_400_000).toISOString();
    expect(await submitProposalAction(timed.identifier, input)).toEqual({ ok: false, fieldErrors: {}, formError: `The call for speakers closed at ${ended}` });
    expect(await refusal(createEventSession(proposer, timed.identifier, createSessionSchema.parse({ title: "Late", state: "pending" })))).toEqual({
      status: 403,
      errors: [[`The call for speakers closed at ${ended}`]],
    });
    // Organizers add sessions whenever they like.
    expect((await createEventSession(asActor(owner), timed.identifier, createSessionSchema.parse({ title: "Keynote" }))).title).toBe("Keynote");
    // A private call, open: only through its link.
    await db.speakersCall.update({ where: { id: call.id }, data: { privacy: "private", endsAt: new Date(now + 86_400_000) } });
    expect(await submitProposalAction(timed.identifier, input)).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "This call for speakers is private: use the link the organizers shared",
    });
    expect(await submitProposalAction(timed.identifier, input, call.hash)).toMatchObject({ ok: true });
    expect(await db.session.count({ where: { eventId: timed.id, creatorId: proposer.id } })).toBe(1);
  });
});
