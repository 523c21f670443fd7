import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError } from "../errors";
import type { SpeakersCall } from "../generated/prisma/client";
import { eventIdFor, requireSignedIn } from "./access";
import type { CreateSpeakersCallInput } from "./schemas";
import { newCallHash } from "./speakers-call-access";
import { checkCallWindow, cleanAnnouncement } from "./speakers-call-rules";

/**
 * Opens an event's call for speakers (`POST /v1/speakers-calls` with the relationship `event`),
 * co-organizers and up. An event has one call (a second is a 409 at the relationship, as in Open
 * Event). The announcement is stored sanitized; a private call's link secret is the one given
 * (Open Event's frontend makes a UUID) or a new random one.
 */
export async function createSpeakersCall(actor: Actor, eventIdOrIdentifier: string | number, input: CreateSpeakersCallInput): Promise<SpeakersCall> {
  requireSignedIn(actor, "Sign in to open a call for speakers");
  const eventId = await eventIdFor(actor, eventIdOrIdentifier, "content.manage");
  checkCallWindow({ startsAt: input.startsAt, softEndsAt: input.softEndsAt ?? null, endsAt: input.endsAt });
  if (await db.speakersCall.findUnique({ where: { eventId }, select: { id: true } })) {
    throw new AppError("CONFLICT", "This event already has a call for speakers", { relationship: "event" });
  }
  return db.speakersCall.create({
    data: {
      eventId,
      announcement: cleanAnnouncement(input.announcement),
      startsAt: input.startsAt,
      softEndsAt: input.softEndsAt ?? null,
      endsAt: input.endsAt,
      privacy: input.privacy,
      hash: input.hash ?? newCallHash(),
    },
  });
}
