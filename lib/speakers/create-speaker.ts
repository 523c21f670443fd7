import type { Actor } from "../auth/actor";
import { answerColumns, checkAgainstForm, richTextColumns } from "../custom-forms/check-answers";
import { loadFormDefinition } from "../custom-forms/load-form";
import { db } from "../db";
import { requestDerivedImages } from "../images/request-derive";
import { AppError } from "../errors";
import { getEventAccess, requireUser } from "../sessions/access";
import type { LoadOptions } from "../sessions/load";
import { rolesAllow } from "../sessions/scope";
import { finishSpeakers, speakerInclude, type SpeakerRecord } from "./load";
import type { CreateSpeakerInput } from "./schemas";

/**
 * Creates a speaker of an event. Organizers create any profile (and may link it to a user).
 * Anyone else signed in creates their own profile for an event that takes proposals: it is
 * linked to them and takes their account's email unless they give another. The profile is checked
 * against the event's speaker form (lib/custom-forms/check-answers.ts).
 */
export async function createEventSpeaker(
  actor: Actor,
  eventIdOrIdentifier: string,
  input: CreateSpeakerInput,
  options: LoadOptions = {},
): Promise<SpeakerRecord> {
  const user = requireUser(actor, "Sign in to create a speaker profile");
  const event = await getEventAccess(actor, eventIdOrIdentifier);
  const data = { ...input };
  const organizer = rolesAllow(actor, "content.manage", event.actorRoles);
  if (!organizer) {
    if (event.state !== "published" || !event.isSessionsSpeakersEnabled) {
      throw new AppError("FORBIDDEN", "This event does not accept session proposals");
    }
    if (input.userId !== undefined && input.userId !== null && input.userId !== user.id) {
      throw new AppError("FORBIDDEN", "You can only create your own speaker profile", { relationship: "user" });
    }
    if (input.isFeatured) throw new AppError("FORBIDDEN", "Only organizers can change is-featured", { field: "isFeatured" });
    data.userId = user.id;
    data.email ??= user.email;
  }
  if (data.userId === undefined && data.email) {
    // An organizer adding a speaker by the address of an existing account links that account,
    // so the speaker finds the session under "My sessions" (and may edit their own profile).
    const account = await db.user.findFirst({
      where: { email: { equals: data.email, mode: "insensitive" }, deletedAt: null },
      select: { id: true },
    });
    if (account) data.userId = account.id;
  }
  const answers = checkAgainstForm(await loadFormDefinition(event.id, "speaker"), "speaker", data, { audience: organizer ? "organizer" : "speaker" });
  const { complexFieldValues: _answers, ...fields } = data;
  const created = await db.speaker.create({
    data: {
      ...richTextColumns("speaker", fields),
      ...answerColumns(answers),
      eventId: event.id,
    },
    include: speakerInclude(actor, options.include),
  });
  await requestDerivedImages("speaker", [{ id: created.id, url: created.photoUrl }], { userId: user.id, eventId: event.id });
  return finishSpeakers([created])[0] as SpeakerRecord;
}
