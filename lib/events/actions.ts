"use server";

import { revalidatePath } from "next/cache";
import { requireSessionActor } from "../auth/session";
import { actionFailure, type ActionResult } from "../forms/action-result";
import { createEvent } from "./create-event";
import { deleteEvent } from "./delete-event";
import { createEventSchema, updateEventSchema } from "./schemas";
import { updateEvent } from "./update-event";
// For its effect: registers the resource declarations the services below load through.
import "../api/resources";

/**
 * Server actions of the organizer dashboard. They are the browser's edge to the same services
 * the /v1 API calls (authorisation lives there): parse with the shared schema, call one
 * service, and hand errors back keyed by form field (lib/forms/action-result.ts) so the form
 * shows them beside the inputs. Server actions are reachable by direct POST, so each one
 * resolves the session itself.
 */

// The services name relationships; the form's selects hold their ids.
const failure = (error: unknown) =>
  actionFailure(error, {
    notFound: "This event does not exist or you may not change it.",
    rename: { eventTopic: "eventTopicId", eventSubTopic: "eventSubTopicId", eventType: "eventTypeId" },
  });

// Every dashboard and public page renders per request; revalidating drops the browser's
// router cache so lists and the public page show the change at once.
function refreshPages() {
  revalidatePath("/", "layout");
}

export async function createEventAction(input: unknown): Promise<ActionResult<{ identifier: string }>> {
  const actor = await requireSessionActor("/events/new");
  const parsed = createEventSchema.safeParse(input);
  if (!parsed.success) return failure(parsed.error);
  try {
    const event = await createEvent(actor, parsed.data);
    refreshPages();
    return { ok: true, data: { identifier: event.identifier } };
  } catch (error) {
    return failure(error);
  }
}

export async function updateEventAction(
  idOrIdentifier: string,
  input: unknown,
): Promise<ActionResult<{ identifier: string }>> {
  const actor = await requireSessionActor(`/events/${encodeURIComponent(idOrIdentifier)}/edit`);
  const parsed = updateEventSchema.safeParse(input);
  if (!parsed.success) return failure(parsed.error);
  try {
    const event = await updateEvent(actor, idOrIdentifier, parsed.data);
    refreshPages();
    return { ok: true, data: { identifier: event.identifier } };
  } catch (error) {
    return failure(error);
  }
}

export async function setEventStateAction(idOrIdentifier: string, state: unknown): Promise<ActionResult> {
  const actor = await requireSessionActor(`/events/${encodeURIComponent(idOrIdentifier)}`);
  const parsed = updateEventSchema.safeParse({ state });
  if (!parsed.success || !parsed.data.state) return { ok: false, fieldErrors: {}, formError: "Unknown state" };
  try {
    await updateEvent(actor, idOrIdentifier, { state: parsed.data.state });
    refreshPages();
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}

export async function deleteEventAction(idOrIdentifier: string): Promise<ActionResult> {
  const actor = await requireSessionActor(`/events/${encodeURIComponent(idOrIdentifier)}`);
  try {
    await deleteEvent(actor, idOrIdentifier);
    refreshPages();
    return { ok: true };
  } catch (error) {
    return failure(error);
  }
}
