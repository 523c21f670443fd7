import type { Actor } from "../auth/actor";
import { db } from "../db";
import { AppError, notFound } from "../errors";
import type { SpeakersCall } from "../generated/prisma/client";
import { rowIdOrNotFound } from "../jsonapi/input";
import { eventScope } from "../permissions";
import { requireSignedIn } from "./access";
import type { UpdateSpeakersCallInput } from "./schemas";
import { checkCallWindow, cleanAnnouncement } from "./speakers-call-rules";

/** The call the actor may change; else NOT_FOUND. */
export async function manageableSpeakersCall(actor: Actor, id: string | number): Promise<SpeakersCall> {
  requireSignedIn(actor, "Sign in to change the call for speakers");
  const call = await db.speakersCall.findFirst({ where: { id: rowIdOrNotFound(id, "Speakers call"), event: eventScope(actor, "content.manage") } });
  if (!call) throw notFound("Speakers call");
  return call;
}

/**
 * Changes a call (`PATCH /v1/speakers-calls/{id}`), co-organizers and up: its announcement
 * (stored sanitized), window (checked whole, with the stored values the input leaves), privacy,
 * and link secret (a new one retires the old link).
 */
export async function updateSpeakersCall(
  actor: Actor,
  id: string | number,
  input: UpdateSpeakersCallInput & { eventId?: number },
  options: { expectedId?: string } = {},
): Promise<SpeakersCall> {
  const stored = await manageableSpeakersCall(actor, id);
  if (options.expectedId !== undefined && options.expectedId !== String(stored.id)) {
    throw new AppError("CONFLICT", "data.id does not match the speakers call in the URL", { pointer: "/data/id" });
  }
  if (input.eventId !== undefined && input.eventId !== stored.eventId) {
    throw new AppError("UNPROCESSABLE", "A call for speakers cannot move to another event", { relationship: "event" });
  }
  checkCallWindow({
    startsAt: input.startsAt ?? stored.startsAt,
    softEndsAt: input.softEndsAt !== undefined ? input.softEndsAt : stored.softEndsAt,
    endsAt: input.endsAt ?? stored.endsAt,
  });
  const { announcement, eventId: _event, ...rest } = input;
  return db.speakersCall.update({
    where: { id: stored.id },
    data: { ...rest, ...(announcement !== undefined ? { announcement: cleanAnnouncement(announcement) } : {}) },
  });
}
