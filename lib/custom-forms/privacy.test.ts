import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import * as eventSessions from "@/app/v1/events/[id]/sessions/route";
import * as sessionRoute from "@/app/v1/sessions/[id]/route";
import * as speakerRoute from "@/app/v1/speakers/[id]/route";
import { signApiToken } from "../auth/api-token";
import { params, read, request } from "../testing/api";
import { db } from "../db";
import { renderJsonZip } from "../export/render-json-zip";
import { loadExportData } from "../export-jobs/load-export-data";
import type { Event, Session, Speaker, User } from "../generated/prisma/client";
import { addRole, createCustomForm, createEvent, createSession, createSpeaker, createUser } from "../../prisma/factories";
import { refreshPublicAnswers } from "./public-answers";
import { updateCustomForm } from "./update-custom-form";

/**
 * Answers to fields that are not public are seen by the event's team and the speaker alone:
 * never in the documents anyone else gets (also embedded ones), nor in public exports. The
 * organizer's backup keeps everything.
 */

let event: Event;
let owner: User;
let session: Session;
let speaker: Speaker;
let tokens: Record<"organizer" | "moderator" | "speaker" | "otherOrganizer" | "stranger" | "admin", string>;
const ANSWERS = { session: { audience: "experts", budget: "secret plan" }, speaker: { pronouns: "she/her", diet: "vegan", phone2: "+1 555" } };
const PUBLIC = { session: { audience: "experts" }, speaker: { pronouns: "she/her" } };

beforeAll(async () => {
  owner = await createUser();
  const moderator = await createUser();
  const speakerUser = await createUser();
  const otherOrganizer = await createUser();
  event = await createEvent({ owner, schedulePublishedOn: new Date() });
  await createEvent({ owner: otherOrganizer });
  await addRole(moderator, event, "moderator");
  await createCustomForm({ event, fieldIdentifier: "audience", isPublic: true });
  await createCustomForm({ event, fieldIdentifier: "budget" });
  await createCustomForm({ event, form: "speaker", fieldIdentifier: "pronouns", isPublic: true });
  await createCustomForm({ event, form: "speaker", fieldIdentifier: "diet" });
  // Public, but no longer asked for: its answers are no one's business any more.
  await createCustomForm({ event, form: "speaker", fieldIdentifier: "phone2", isPublic: true, isIncluded: false });
  speaker = await createSpeaker({ event, user: speakerUser, complexFieldValues: ANSWERS.speaker });
  session = await createSession({ event, state: "accepted", speakers: [speaker], complexFieldValues: ANSWERS.session });
  await refreshPublicAnswers(event.id);
  tokens = {
    organizer: await signApiToken(owner),
    moderator: await signApiToken(moderator),
    speaker: await signApiToken(speakerUser),
    otherOrganizer: await signApiToken(otherOrganizer),
    stranger: await signApiToken(await createUser()),
    admin: await signApiToken(await createUser({ isAdmin: true })),
  };
});

const answersOf = (document: { body: Record<string, unknown> }) => ((document.body.data as { attributes: Record<string, unknown> }).attributes)["complex-field-values"];

describe("the API", () => {
  it("shows each audience the answers it may see of a session and a speaker", async () => {
    const getSession = async (token?: string) => read(await sessionRoute.GET(request("GET", `/v1/sessions/${session.id}`, { token }), params({ id: session.id })));
    const getSpeaker = async (token?: string) => read(await speakerRoute.GET(request("GET", `/v1/speakers/${speaker.id}`, { token }), params({ id: speaker.id })));
    const seen: Record<string, unknown[]> = {};
    for (const [who, token] of [["anonymous", undefined], ...Object.entries(tokens)] as [string, string | undefined][]) {
      seen[who] = [answersOf(await getSession(token)), answersOf(await getSpeaker(token))];
    }
    expect(seen).toEqual({
      anonymous: [PUBLIC.session, PUBLIC.speaker],
      stranger: [PUBLIC.session, PUBLIC.speaker],
      otherOrganizer: [PUBLIC.session, PUBLIC.speaker],
      speaker: [ANSWERS.session, ANSWERS.speaker],
      moderator: [ANSWERS.session, ANSWERS.speaker],
      organizer: [ANSWERS.session, ANSWERS.speaker],
      admin: [ANSWERS.session, ANSWERS.speaker],
    });
  });

  it("shows the public answers only in embedded documents too, and follows the form", async () => {
    const list = async (token?: string) =>
      read(await eventSessions.GET(request("GET", `/v1/events/${event.id}/sessions?include=speakers`, { token }), params({ id: event.id })));
    const embedded = (document: { body: Record<string, unknown> }) => (document.body.included as { attributes: Record<string, unknown> }[]).map((item) => item.attributes["complex-field-values"]);
    expect(embedded(await list())).toEqual([PUBLIC.speaker]);
    expect(embedded(await list(tokens.organizer))).toEqual([ANSWERS.speaker]);
    expect(JSON.stringify(await list(tokens.stranger))).not.toMatch(/vegan|secret plan|\+1 555/);
    // A field made public shows its answers to everyone from then on.
    const diet = await db.customForm.findFirstOrThrow({ where: { eventId: event.id, fieldIdentifier: "diet" } });
    await updateCustomForm(owner, diet.id, { isPublic: true });
    expect(embedded(await list())).toEqual([{ pronouns: "she/her", diet: "vegan" }]);
    await updateCustomForm(owner, diet.id, { isPublic: false });
    expect(embedded(await list())).toEqual([PUBLIC.speaker]);
  });
});

describe("exports", () => {
  it("give the public and the team's public formats the public answers, the organizer's backup all of them", async () => {
    for (const audience of ["public", "team"] as const) {
      const data = await loadExportData(event.id, { audience });
      expect([data.sessions.map((row) => row.complexFieldValues), data.speakers.map((row) => row.complexFieldValues)]).toEqual([[PUBLIC.session], [PUBLIC.speaker]]);
      expect(JSON.stringify(data)).not.toMatch(/vegan|secret plan|\+1 555/);
    }
    const backup = await loadExportData(event.id, { audience: "organizer" });
    expect([backup.sessions.map((row) => row.complexFieldValues), backup.speakers.map((row) => row.complexFieldValues)]).toEqual([[ANSWERS.session], [ANSWERS.speaker]]);
    const zip = await JSZip.loadAsync(await renderJsonZip(backup));
    const file = async (name: string) => JSON.parse(await zip.file(name)!.async("string")) as Record<string, unknown>[];
    expect((await file("sessions")).map((row) => row.complex_field_values)).toEqual([ANSWERS.session]);
    expect((await file("speakers")).map((row) => row.complex_field_values)).toEqual([ANSWERS.speaker]);
    expect((await file("forms")).filter((row) => row.is_complex).map((row) => [row.form, row.field_identifier, row.is_public, row.is_included])).toEqual([
      ["session", "audience", true, true],
      ["session", "budget", false, true],
      ["speaker", "pronouns", true, true],
      ["speaker", "diet", false, true],
      ["speaker", "phone2", true, false],
    ]);
  });
});
