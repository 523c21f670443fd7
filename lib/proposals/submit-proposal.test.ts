import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "../auth/actor";
import { db } from "../db";
import { updateEvent } from "../events/update-event";
import { notificationJobName, type NotificationAction } from "../notifications/schemas";
import { updateSession } from "../sessions/update-session";
import { registerUser } from "../users/register-user";
import { createEvent, createMicrolocation, createSession, createSpeaker, createTrack, createUser } from "../../prisma/factories";
import { proposalSchema } from "./schemas";
import { submitProposal } from "./submit-proposal";

/** The proposal form's action: only the signed-in user (next-auth's cookie) and Next's cache are replaced. */
let signedIn: Actor = null;
vi.mock("../auth/session", () => ({ requireSessionActor: async () => signedIn }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { submitProposalAction } = await import("./actions");

beforeEach(() => {
  signedIn = null;
});

/** The notification tasks enqueued for an event (or a user), oldest first, as [action, payload]. */
async function announced(where: { eventId?: number; userId?: number }) {
  const tasks = await db.task.findMany({ where: { name: { startsWith: "notification/" }, ...where }, orderBy: { createdAt: "asc" } });
  return tasks.map((task) => [task.name, task.payload]);
}
const job = (action: NotificationAction) => notificationJobName(action);

const proposal = (overrides: Record<string, unknown> = {}) =>
  proposalSchema.parse({
    title: "Typed Python at scale",
    shortAbstract: "What types buy a big codebase.",
    longAbstract: "",
    trackId: "",
    sessionTypeId: "",
    language: "English",
    level: "",
    speakerName: "Ada Lovelace",
    organisation: "Analytical Engines",
    shortBiography: "",
    submit: true,
    ...overrides,
  });

describe("a session proposal from the public site", () => {
  it("creates the speaker profile and a pending session linked to it, then tells the organizers once", async () => {
    const owner = await createUser();
    const event = await createEvent({ owner });
    const track = await createTrack({ event, name: "Languages" });
    const user = await createUser({ email: "ada@example.org" });

    const { sessionId } = await submitProposal(user, event.identifier, proposal({ trackId: track.id }));

    const session = await db.session.findUniqueOrThrow({ where: { id: sessionId }, include: { speakers: { include: { speaker: true } } } });
    expect(session).toMatchObject({
      title: "Typed Python at scale",
      shortAbstract: "What types buy a big codebase.",
      longAbstract: null,
      state: "pending",
      trackId: track.id,
      creatorId: user.id,
      startsAt: null,
      microlocationId: null,
    });
    expect(session.submittedAt).toBeInstanceOf(Date);
    expect(session.speakers.map((link) => link.speaker)).toEqual([
      expect.objectContaining({ name: "Ada Lovelace", organisation: "Analytical Engines", email: "ada@example.org", userId: user.id, eventId: event.id }),
    ]);
    expect(await announced({ eventId: event.id })).toEqual([[job("new_session"), { sessionId }]]);
  });

  it("reuses the caller's speaker profile for a second proposal; a draft tells nobody", async () => {
    const event = await createEvent({ owner: await createUser() });
    const user = await createUser();
    const first = await submitProposal(user, event.identifier, proposal({ submit: false }));
    const second = await submitProposal(user, event.identifier, proposal({ title: "Second", speakerName: "Ada L." }));
    const speakers = await db.speaker.findMany({ where: { eventId: event.id, userId: user.id } });
    expect(speakers.map((speaker) => speaker.name)).toEqual(["Ada L."]);
    expect((await db.session.findUniqueOrThrow({ where: { id: first.sessionId } })).state).toBe("draft");
    expect(await announced({ eventId: event.id })).toEqual([[job("new_session"), { sessionId: second.sessionId }]]);
  });

  it("is refused for a draft event (404, like any hidden event) and one that takes no proposals, leaving nothing behind", async () => {
    const user = await createUser();
    const draft = await createEvent({ owner: await createUser(), state: "draft" });
    await expect(submitProposal(user, draft.identifier, proposal())).rejects.toMatchObject({ code: "NOT_FOUND" });
    const closed = await createEvent({ owner: await createUser(), isSessionsSpeakersEnabled: false });
    await expect(submitProposal(user, closed.identifier, proposal())).rejects.toMatchObject({
      code: "FORBIDDEN",
      detail: "This event does not accept session proposals",
    });
    for (const event of [draft, closed]) {
      expect(await db.session.count({ where: { eventId: event.id } })).toBe(0);
      expect(await db.speaker.count({ where: { eventId: event.id } })).toBe(0);
      expect(await announced({ eventId: event.id })).toEqual([]);
    }
  });

  it("answers the form with a refusal of the service beside its field, and a closed event at form level", async () => {
    const event = await createEvent({ owner: await createUser() });
    const foreign = await createTrack({ event: await createEvent(), name: "Elsewhere" });
    const user = await createUser();
    signedIn = { id: user.id, email: user.email, isAdmin: false, isSuperAdmin: false };
    const values = { title: "Typed Python at scale", shortAbstract: "What types buy.", speakerName: "Ada", submit: true };
    expect(await submitProposalAction(event.identifier, { ...values, trackId: foreign.id })).toEqual({
      ok: false,
      fieldErrors: { trackId: "This track does not belong to the event" },
    });
    expect(await submitProposalAction(event.identifier, { ...values, title: " " })).toEqual({ ok: false, fieldErrors: { title: "Title is required" } });
    const draft = await createEvent({ owner: await createUser(), state: "draft" });
    expect(await submitProposalAction(draft.identifier, values)).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "This event does not exist or does not take proposals.",
    });
    expect(await db.session.count({ where: { eventId: { in: [event.id, draft.id] } } })).toBe(0);
  });

  it("rejects bad input through the shared schema, naming each field", () => {
    const result = proposalSchema.safeParse({ title: " ", shortAbstract: "", speakerName: "", submit: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["title", "Title is required"],
      ["speakerName", "Your name is required"],
    ]);
  });

  it("asks for the short abstract as the event's session form says: left out, optional or required", async () => {
    const event = await createEvent({ owner: await createUser() });
    const user = await createUser();
    signedIn = { id: user.id, email: user.email, isAdmin: false, isSuperAdmin: false };
    const values = { title: "Typed Python at scale", shortAbstract: "", speakerName: "Ada", submit: true };
    const shortAbstract = { eventId: event.id, form: "session", fieldIdentifier: "shortAbstract" } as const;

    // Open Event's default: asked, not required.
    expect(await submitProposalAction(event.identifier, values)).toMatchObject({ ok: true });
    // Left out of the form: nothing to give.
    await db.customForm.updateMany({ where: shortAbstract, data: { isIncluded: false } });
    expect(await submitProposalAction(event.identifier, { ...values, title: "Second" })).toMatchObject({ ok: true });
    // Required: refused beside the field, nothing written.
    await db.customForm.updateMany({ where: shortAbstract, data: { isIncluded: true, isRequired: true } });
    expect(await submitProposalAction(event.identifier, { ...values, title: "Third" })).toEqual({
      ok: false,
      fieldErrors: { shortAbstract: "Short Abstract is required" },
    });
    expect(await db.session.findMany({ where: { eventId: event.id }, select: { title: true, shortAbstract: true }, orderBy: { id: "asc" } })).toEqual([
      { title: "Typed Python at scale", shortAbstract: null },
      { title: "Second", shortAbstract: null },
    ]);
  });
});

describe("session changes announce themselves", () => {
  it("a decision tells the speakers; a move of a scheduled session tells them too; nothing else does", async () => {
    const owner = await createUser();
    const event = await createEvent({ owner });
    const room = await createMicrolocation({ event, name: "Hall A" });
    const other = await createMicrolocation({ event, name: "Hall B" });
    const speaker = await createSpeaker({ event });
    const session = await createSession({ event, speakers: [speaker], state: "pending", startsAt: null, endsAt: null });

    await updateSession(owner, String(session.id), { state: "accepted" });
    await updateSession(owner, String(session.id), { title: "Renamed" });
    await updateSession(owner, String(session.id), {
      microlocationId: room.id,
      startsAt: new Date(event.startsAt.getTime() + 3_600_000),
      endsAt: new Date(event.startsAt.getTime() + 5_400_000),
    });
    await updateSession(owner, String(session.id), { microlocationId: other.id });

    expect(await announced({ eventId: event.id })).toEqual([
      [job("session_state_change"), { sessionId: session.id }],
      [job("session_schedule_change"), { sessionId: session.id }],
      [job("session_schedule_change"), { sessionId: session.id }],
    ]);
  });

  it("publishing an event tells its organizers once; registering an account welcomes the user", async () => {
    const owner = await createUser();
    const event = await createEvent({ owner, state: "draft" });
    await updateEvent(owner, String(event.id), { state: "published" });
    await updateEvent(owner, String(event.id), { name: "Renamed" });
    expect(await announced({ eventId: event.id })).toEqual([[job("event_published"), { eventId: event.id }]]);

    const user = await registerUser({ email: `new-${Date.now()}@example.org`, password: "a-long-password", firstName: "New", lastName: "User" });
    if (!user) throw new Error("the address was taken");
    const names = (await announced({ userId: user.id })).map(([name]) => name);
    expect(names).toEqual([job("user_confirm"), job("user_registration")]);
  });
});
