import { isAdmin, type Actor } from "../auth/actor";
import { answerColumns, checkAgainstForm, formKeys, richTextColumns } from "../custom-forms/check-answers";
import { loadFormDefinition } from "../custom-forms/load-form";
import { db } from "../db";
import { requestDerivedImages } from "../images/request-derive";
import { AppError, notFound, type ErrorSource } from "../errors";
import { actorRoles, rolesOf, type EventRole } from "../permissions";
import { numericId } from "../sessions/access";
import type { LoadOptions } from "../sessions/load";
import { changedKeys } from "../sessions/rules";
import { rolesAllow, speakerScope } from "../sessions/scope";
import { finishSpeakers, speakerInclude, type SpeakerRecord } from "./load";
import type { UpdateSpeakerInput } from "./schemas";

/** A visible speaker with the actor's standing; else NOT_FOUND. */
export async function getSpeakerAccess(actor: Actor, id: string) {
  const speaker = await db.speaker.findFirst({
    where: { AND: [{ id: numericId(id, "Speaker") }, speakerScope(actor)] },
    include: actor && !isAdmin(actor) ? { event: { select: { roles: rolesOf(actor) } } } : undefined,
  });
  if (!speaker) throw notFound("Speaker");
  const roles = actorRoles((speaker as { event?: { roles?: { role: { name: EventRole } }[] } }).event ?? {});
  return {
    speaker,
    organizer: rolesAllow(actor, "content.manage", roles),
    own: Boolean(actor && speaker.userId === actor.id),
  };
}

/** What only organizers decide about a profile: featuring it and whose account it is. */
const ORGANIZER_ONLY: Record<string, { member: string; source: ErrorSource }> = {
  isFeatured: { member: "is-featured", source: { field: "isFeatured" } },
  userId: { member: "user", source: { relationship: "user" } },
};

/**
 * Changes a speaker: organizers everything, the speaker their own profile (contact details
 * included) except featuring and the account link. A new photo drops the derived sizes, which
 * belong to the old one. What it changes follows the event's speaker form (lib/custom-forms). The
 * speaker's own changes are announced to the organizers (`speaker_edited`).
 */
export async function updateSpeaker(
  actor: Actor,
  id: string,
  input: UpdateSpeakerInput,
  options: LoadOptions & { expectedId?: string; announce?: boolean } = {},
): Promise<SpeakerRecord> {
  const { speaker, organizer, own } = await getSpeakerAccess(actor, id);
  if (options.expectedId !== undefined && options.expectedId !== String(speaker.id)) {
    throw new AppError("CONFLICT", "data.id does not match the speaker in the URL", { pointer: "/data/id" });
  }
  const changed = changedKeys(input, speaker);
  if (!organizer) {
    if (!own) throw new AppError("FORBIDDEN", "You may not change this speaker");
    const denied = changed.find((key) => key in ORGANIZER_ONLY);
    if (denied) {
      const { member, source } = ORGANIZER_ONLY[denied]!;
      throw new AppError("FORBIDDEN", `Only organizers can change ${member}`, source);
    }
  }
  const speakerForm = formKeys("speaker");
  const answers = changed.some((key) => speakerForm.has(key))
    ? checkAgainstForm(await loadFormDefinition(speaker.eventId, "speaker"), "speaker", input, { stored: speaker, audience: organizer ? "organizer" : "speaker" })
    : {};
  const { complexFieldValues: _answers, ...fields } = input;
  const updated = await db.speaker.update({
    where: { id: speaker.id },
    data: {
      ...richTextColumns("speaker", fields),
      ...answerColumns(answers),
      ...(input.photoUrl !== undefined && input.photoUrl !== speaker.photoUrl
        ? { thumbnailImageUrl: null, smallImageUrl: null, iconImageUrl: null }
        : {}),
    },
    include: speakerInclude(actor, options.include),
  });
  if (input.photoUrl !== undefined && input.photoUrl !== speaker.photoUrl) {
    await requestDerivedImages("speaker", [{ id: speaker.id, url: updated.photoUrl }], { userId: actor?.id, eventId: speaker.eventId });
  }
  if (!organizer && changed.length && options.announce !== false) {
    // Loaded here, as in announce-session.ts: the notification jobs reach back into these services.
    const { notify } = await import("../notifications/notify");
    await notify("speaker_edited", { speakerId: speaker.id }, { userId: actor?.id ?? null, eventId: speaker.eventId });
  }
  return finishSpeakers([updated])[0] as SpeakerRecord;
}
