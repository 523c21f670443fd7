"use server";

import { revalidatePath } from "next/cache";
import { requireSessionActor } from "../auth/session";
import { getEvent } from "../events/get-event";
import { actionFailure, type ActionResult } from "../forms/action-result";
import { RELATIONSHIP_FIELDS } from "../sessions/rules";
import { createEventSpeaker } from "./create-speaker";
import { speakerPickerQuery } from "./dashboard-query";
import { deleteSpeaker } from "./delete-speaker";
import { findEventSpeakers } from "./find-speakers";
import { createSpeakerSchema, updateSpeakerSchema } from "./schemas";
import { updateSpeaker } from "./update-speaker";
// For its effect: registers the resource declarations the services below load through.
import "../api/resources";

/**
 * Server actions of the organizer dashboard's speakers pages and of the session form's speaker
 * picker. Same pattern as lib/sessions/actions.ts: parse with the shared schema, call one
 * service (which authorises), answer field errors.
 */

/** What the speaker picker shows for a speaker. */
export interface SpeakerOption {
  id: number;
  name: string;
  email: string | null;
  organisation: string | null;
}

const NOT_FOUND_SPEAKER = "This speaker does not exist or you may not change them.";
const NOT_FOUND_EVENT = "This event does not exist or you may not change it.";

const failure = (error: unknown, notFound: string) => actionFailure(error, { notFound, rename: RELATIONSHIP_FIELDS });

const refreshPages = () => revalidatePath("/", "layout");

const option = (speaker: SpeakerOption): SpeakerOption => ({
  id: speaker.id,
  name: speaker.name,
  email: speaker.email,
  organisation: speaker.organisation,
});

export async function createSpeakerAction(eventId: string, input: unknown): Promise<ActionResult<SpeakerOption>> {
  const actor = await requireSessionActor(`/events/${encodeURIComponent(eventId)}/speakers/new`);
  try {
    const created = await createEventSpeaker(actor, eventId, createSpeakerSchema.parse(input));
    refreshPages();
    return { ok: true, data: option(created) };
  } catch (error) {
    return failure(error, NOT_FOUND_EVENT);
  }
}

export async function updateSpeakerAction(speakerId: string, input: unknown): Promise<ActionResult> {
  const actor = await requireSessionActor();
  try {
    await updateSpeaker(actor, speakerId, updateSpeakerSchema.parse(input));
    refreshPages();
    return { ok: true };
  } catch (error) {
    return failure(error, NOT_FOUND_SPEAKER);
  }
}

export async function deleteSpeakerAction(speakerId: string): Promise<ActionResult> {
  const actor = await requireSessionActor();
  try {
    await deleteSpeaker(actor, speakerId);
    refreshPages();
    return { ok: true };
  } catch (error) {
    return failure(error, NOT_FOUND_SPEAKER);
  }
}

/**
 * The speaker picker's search (name or email). Only for those who manage the event's content:
 * matching on email would otherwise let anyone probe for the hidden addresses of public
 * speakers, which is why the /v1 resource does not filter on it.
 */
export async function searchSpeakersAction(eventId: string, q: unknown): Promise<ActionResult<SpeakerOption[]>> {
  const actor = await requireSessionActor();
  try {
    const event = await getEvent(actor, eventId, "content.manage");
    const { items } = await findEventSpeakers(actor, String(event.id), speakerPickerQuery(typeof q === "string" ? q : ""));
    return { ok: true, data: items.map(option) };
  } catch (error) {
    return failure(error, NOT_FOUND_EVENT);
  }
}
