import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { asActor } from "../testing/actors";
import { signIn } from "../testing/signed-in";
import type { Event, Session, Speaker, User } from "../generated/prisma/client";
import { notificationJobName, type NotificationAction } from "../notifications/schemas";
import { runNotificationTask } from "../notifications/testing";
import { addRole, createCustomForm, createEvent, createSession, createSpeaker, createSpeakersCall, createUser } from "../../prisma/factories";
import { getMyProposalEditing, getMySpeakerProfiles } from "./edit-my-proposal";

/**
 * The speaker's side of "My sessions": a speaker changes their proposal while it is a draft or
 * pending (or while the call for speakers is open), withdraws it, and changes their speaker
 * profile with its custom answers; the organizers hear of each. Through the server actions the
 * pages call (only the signed-in user and Next's cache are replaced).
 */

vi.mock("../auth/session", () => import("../testing/signed-in"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { editMyProposalAction, withdrawMyProposalAction, updateMySpeakerProfileAction } = await import("./actions");

const DAY = 86_400_000;

let owner: User;
let speakerUser: User;
let event: Event;
let speaker: Speaker;

beforeAll(async () => {
  owner = await createUser({ firstName: "Olga", lastName: "Owner" });
  speakerUser = await createUser();
  event = await createEvent({ owner });
  await db.customForm.updateMany({ where: { eventId: event.id, form: "session", fieldIdentifier: "slidesUrl" }, data: { isRequired: true } });
  await createCustomForm({ event, fieldIdentifier: "audience", name: "Audience", options: ["beginner", "expert"], isRequired: true });
  await createCustomForm({ event, form: "speaker", fieldIdentifier: "tShirt", name: "T-shirt", options: ["S", "M"], isRequired: true });
  speaker = await createSpeaker({ event, user: speakerUser, name: "Ada", email: "ada@example.org", complexFieldValues: { tShirt: "S" } });
});

let signedIn: NonNullable<Actor>;
beforeEach(() => {
  signedIn = asActor(speakerUser);
  signIn(signedIn);
});

async function proposal(state: Session["state"], overrides: { title?: string; trackId?: null } = {}) {
  return createSession({ event, state, speakers: [speaker], slidesUrl: "/uploads/slides.pdf", complexFieldValues: { audience: "expert" }, ...overrides });
}

/** The notification tasks enqueued for the event since `since`, as [action, payload]. */
async function announced(since: Date) {
  const tasks = await db.task.findMany({ where: { name: { startsWith: "notification/" }, eventId: event.id, createdAt: { gte: since } }, orderBy: { createdAt: "asc" } });
  return tasks.map((task) => [task.name, task.payload]);
}
const job = (action: NotificationAction) => notificationJobName(action);
/** The notification task a change enqueued, by its payload's id. */
const enqueued = (action: NotificationAction, key: string, id: number) =>
  db.task.findFirstOrThrow({ where: { name: job(action), payload: { path: [key], equals: id } } });

describe("changing one's proposal", () => {
  it("saves a pending proposal's content and tells the organizers; a draft's changes tell nobody", async () => {
    const pending = await proposal("pending");
    const since = new Date();
    expect(await editMyProposalAction(String(pending.id), { title: "Typed Python, revisited", complexFieldValues: { audience: "beginner" } })).toEqual({ ok: true });
    expect(await db.session.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({ title: "Typed Python, revisited", state: "pending", complexFieldValues: { audience: "beginner" } });
    const draft = await proposal("draft");
    expect(await editMyProposalAction(String(draft.id), { title: "Still a draft" })).toEqual({ ok: true });
    expect(await announced(since)).toEqual([[job("session_edited"), { sessionId: pending.id }]]);
  });

  it("answers the form's refusals beside their fields: a required field cleared, a custom answer that is not an option", async () => {
    const pending = await proposal("pending");
    expect(await editMyProposalAction(String(pending.id), { slidesUrl: "", complexFieldValues: { audience: "guru" } })).toEqual({
      ok: false,
      fieldErrors: { slidesUrl: "Slides is required", "complexFieldValues.audience": "Must be one of: beginner, expert" },
    });
    expect(await editMyProposalAction(String(pending.id), { title: "" })).toEqual({ ok: false, fieldErrors: { title: "Title is required" } });
    expect(await db.session.findUniqueOrThrow({ where: { id: pending.id } })).toMatchObject({ title: pending.title, slidesUrl: "/uploads/slides.pdf", complexFieldValues: { audience: "expert" } });
  });

  it("changes a decided proposal only while the call for speakers is open, and a locked one never", async () => {
    const other = await createEvent({ owner });
    const otherSpeaker = await createSpeaker({ event: other, user: speakerUser });
    const call = await createSpeakersCall({ event: other, startsAt: new Date(Date.now() - 10 * DAY), endsAt: new Date(Date.now() - DAY) });
    const rejected = await createSession({ event: other, state: "rejected", speakers: [otherSpeaker] });
    expect(await editMyProposalAction(String(rejected.id), { title: "Second try" })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "The call for speakers is closed: a rejected session can no longer be changed",
    });
    // A pending one stays the speaker's to change after the call.
    const pending = await createSession({ event: other, state: "pending", speakers: [otherSpeaker] });
    expect(await editMyProposalAction(String(pending.id), { title: "Late fix" })).toEqual({ ok: true });
    await db.speakersCall.update({ where: { id: call.id }, data: { endsAt: new Date(Date.now() + DAY) } });
    expect(await editMyProposalAction(String(rejected.id), { title: "Second try" })).toEqual({ ok: true });
    expect((await db.session.findUniqueOrThrow({ where: { id: rejected.id } })).title).toBe("Second try");

    const locked = await createSession({ event: other, state: "pending", isLocked: true, speakers: [otherSpeaker] });
    expect(await editMyProposalAction(String(locked.id), { title: "Mine" })).toEqual({ ok: false, fieldErrors: {}, formError: "This session is locked; only organizers can change it" });
    expect(await getMyProposalEditing(signedIn, locked.id)).toMatchObject({ editable: false, withdrawable: false });
  });

  it("is refused for someone else's proposal as for a missing one, and for the signed-out", async () => {
    const theirs = await createSession({ event, state: "pending", speakers: [await createSpeaker({ event, user: await createUser() })] });
    expect(await editMyProposalAction(String(theirs.id), { title: "Mine now" })).toEqual({ ok: false, fieldErrors: {}, formError: "This session does not exist or is not yours." });
    expect(await withdrawMyProposalAction(String(theirs.id))).toEqual({ ok: false, fieldErrors: {}, formError: "This session does not exist or is not yours." });
    await expect(getMyProposalEditing(signedIn, theirs.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.session.findUniqueOrThrow({ where: { id: theirs.id } })).title).toBe(theirs.title);
  });

  it("gives the edit page the proposal's values, the form the speaker answers (no organizers' notes), and what may be done", async () => {
    const pending = await proposal("pending", { title: "Typed Python", trackId: null });
    const editing = await getMyProposalEditing(signedIn, pending.id);
    expect(editing).toMatchObject({
      session: { id: pending.id, title: "Typed Python", state: "pending", isLocked: false, eventId: event.id },
      event: { id: event.id, identifier: event.identifier, name: event.name },
      values: { title: "Typed Python", slidesUrl: "/uploads/slides.pdf", trackId: null, complexFieldValues: { audience: "expert" } },
      editable: true,
      withdrawable: true,
    });
    expect(editing.definition.map((field) => field.fieldIdentifier)).toEqual(["title", "shortAbstract", "slidesUrl", "audience"]);
  });
});

describe("withdrawing one's proposal", () => {
  it("withdraws a pending proposal and tells the organizers, who read who withdrew what", async () => {
    const pending = await proposal("pending", { title: "Typed Python" });
    const since = new Date();
    expect(await withdrawMyProposalAction(String(pending.id))).toEqual({ ok: true });
    expect((await db.session.findUniqueOrThrow({ where: { id: pending.id } })).state).toBe("withdrawn");
    expect(await announced(since)).toEqual([[job("session_withdrawn"), { sessionId: pending.id }]]);

    const task = await runNotificationTask((await enqueued("session_withdrawn", "sessionId", pending.id)).id);
    expect(task.result).toMatchObject({ action: "session_withdrawn", notifications: 1, mails: 1 });
    expect(await db.notification.findMany({ where: { userId: owner.id, action: "session_withdrawn" }, select: { title: true, message: true, link: true } })).toEqual([
      { title: "Proposal withdrawn", message: `Ada withdrew the session “Typed Python” from ${event.name}.`, link: `/events/${event.id}/sessions/${pending.id}` },
    ]);
  });

  it("withdraws a draft silently, and refuses a state the table does not allow", async () => {
    const draft = await proposal("draft");
    const rejected = await proposal("rejected");
    const since = new Date();
    expect(await withdrawMyProposalAction(String(draft.id))).toEqual({ ok: true });
    expect(await withdrawMyProposalAction(String(rejected.id))).toEqual({ ok: false, fieldErrors: {}, formError: "Cannot change a session from rejected to withdrawn" });
    expect(await announced(since)).toEqual([]);
    expect((await db.session.findUniqueOrThrow({ where: { id: rejected.id } })).state).toBe("rejected");
    expect(await getMyProposalEditing(signedIn, rejected.id)).toMatchObject({ withdrawable: false });
  });
});

describe("changing one's speaker profile", () => {
  it("saves the profile with its custom answers and tells the organizers of an event proposed to", async () => {
    await proposal("pending");
    const since = new Date();
    expect(await updateMySpeakerProfileAction(String(speaker.id), { shortBiography: "Writes compilers.", website: "https://ada.example.org", complexFieldValues: { tShirt: "M" } })).toEqual({ ok: true });
    expect(await db.speaker.findUniqueOrThrow({ where: { id: speaker.id } })).toMatchObject({ shortBiography: "Writes compilers.", website: "https://ada.example.org", complexFieldValues: { tShirt: "M" } });
    expect(await announced(since)).toEqual([[job("speaker_edited"), { speakerId: speaker.id }]]);
    const task = await runNotificationTask((await enqueued("speaker_edited", "speakerId", speaker.id)).id);
    expect(task.result).toMatchObject({ action: "speaker_edited", notifications: 1, mails: 1 });
    expect(await db.notification.findFirst({ where: { userId: owner.id, action: "speaker_edited" }, select: { title: true, message: true, link: true } })).toEqual({
      title: "Speaker profile edited",
      message: `Ada edited their speaker profile for ${event.name}.`,
      link: `/events/${event.id}/speakers/${speaker.id}`,
    });
  });

  it("answers refusals beside their fields, ignores what only organizers decide, and is refused for someone else's profile", async () => {
    expect(await updateMySpeakerProfileAction(String(speaker.id), { email: "", complexFieldValues: { tShirt: "XXL" } })).toEqual({
      ok: false,
      fieldErrors: { email: "Email is required", "complexFieldValues.tShirt": "Must be one of: S, M" },
    });
    expect(await updateMySpeakerProfileAction(String(speaker.id), { isFeatured: true, organisation: "Engines" })).toEqual({ ok: true });
    expect(await db.speaker.findUniqueOrThrow({ where: { id: speaker.id } })).toMatchObject({ isFeatured: false, organisation: "Engines", email: "ada@example.org" });
    const someone = await createSpeaker({ event, user: await createUser() });
    expect(await updateMySpeakerProfileAction(String(someone.id), { organisation: "Mine" })).toEqual({ ok: false, fieldErrors: {}, formError: "This speaker profile does not exist or is not yours." });
  });

  it("tells nobody about a profile behind drafts only, and lists the user's profiles with their event's speaker form", async () => {
    const quiet = await createEvent({ owner });
    await addRole(await createUser(), quiet, "coorganizer");
    const profile = await createSpeaker({ event: quiet, user: speakerUser, name: "Ada" });
    await createSession({ event: quiet, state: "draft", speakers: [profile] });
    expect(await updateMySpeakerProfileAction(String(profile.id), { organisation: "Engines" })).toEqual({ ok: true });
    const task = await enqueued("speaker_edited", "speakerId", profile.id);
    expect(task.eventId).toBe(quiet.id);
    expect((await runNotificationTask(task.id)).result).toMatchObject({ notifications: 0, mails: 0 });
    // One profile per event the user speaks at (an earlier test added one more).
    const profiles = (await getMySpeakerProfiles(signedIn)).filter((item) => item.event.id === event.id || item.event.id === quiet.id);
    expect(profiles.map((item) => [item.id, item.event.id, item.values.organisation])).toEqual([
      [speaker.id, event.id, "Engines"],
      [profile.id, quiet.id, "Engines"],
    ]);
    expect(profiles[0]!.definition.map((field) => field.fieldIdentifier)).toContain("tShirt");
    expect(profiles[0]!.values).not.toHaveProperty("isFeatured");
  });
});
