"use server";

import { revalidatePath } from "next/cache";
import type { ZodError } from "zod";
import { requireSessionActor } from "../auth/session";
import { AppError } from "../errors";
import { createEvent } from "./create-event";
import { deleteEvent } from "./delete-event";
import { createEventSchema, updateEventSchema } from "./schemas";
import { updateEvent } from "./update-event";
// For its effect: registers the resource declarations the services below load through.
import "../api/resources";

/**
 * Server actions of the organizer dashboard. They are the browser's edge to the same services
 * the /v1 API calls (authorisation lives there): parse with the shared schema, call one
 * service, and hand errors back keyed by form field so the form shows them beside the inputs.
 * Server actions are reachable by direct POST, so each one resolves the session itself.
 */

export type FieldErrors = Partial<Record<string, string>>;

export type ActionResult<T = undefined> =
  | ({ ok: true } & (T extends undefined ? object : { data: T }))
  | { ok: false; fieldErrors: FieldErrors; formError?: string };

const camelize = (key: string) => key.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function fromZod(error: ZodError): { ok: false; fieldErrors: FieldErrors; formError?: string } {
  const fieldErrors: FieldErrors = {};
  let formError: string | undefined;
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (typeof field === "string") fieldErrors[field] ??= issue.message;
    else formError ??= issue.message;
  }
  return { ok: false, fieldErrors, formError };
}

/**
 * Known failures become messages; anything else is rethrown so that it reaches the error
 * boundary and the server log instead of being reported as a validation problem.
 */
function fromAppError(error: unknown): { ok: false; fieldErrors: FieldErrors; formError?: string } {
  if (!(error instanceof AppError)) throw error;
  if (error.code === "NOT_FOUND") {
    return { ok: false, fieldErrors: {}, formError: "This event does not exist or you may not change it." };
  }
  // Services point at attributes the JSON:API way (`/data/attributes/ends-at`).
  const attribute = error.source?.pointer?.split("/").pop();
  if (attribute) return { ok: false, fieldErrors: { [camelize(attribute)]: error.detail } };
  return { ok: false, fieldErrors: {}, formError: error.detail };
}

// Every dashboard and public page renders per request; revalidating drops the browser's
// router cache so lists and the public page show the change at once.
function refreshPages() {
  revalidatePath("/", "layout");
}

export async function createEventAction(input: unknown): Promise<ActionResult<{ identifier: string }>> {
  const actor = await requireSessionActor("/events/new");
  const parsed = createEventSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  try {
    const event = await createEvent(actor, parsed.data);
    refreshPages();
    return { ok: true, data: { identifier: event.identifier } };
  } catch (error) {
    return fromAppError(error);
  }
}

export async function updateEventAction(
  idOrIdentifier: string,
  input: unknown,
): Promise<ActionResult<{ identifier: string }>> {
  const actor = await requireSessionActor(`/events/${encodeURIComponent(idOrIdentifier)}/edit`);
  const parsed = updateEventSchema.safeParse(input);
  if (!parsed.success) return fromZod(parsed.error);
  try {
    const event = await updateEvent(actor, idOrIdentifier, parsed.data);
    refreshPages();
    return { ok: true, data: { identifier: event.identifier } };
  } catch (error) {
    return fromAppError(error);
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
    return fromAppError(error);
  }
}

export async function deleteEventAction(idOrIdentifier: string): Promise<ActionResult> {
  const actor = await requireSessionActor(`/events/${encodeURIComponent(idOrIdentifier)}`);
  try {
    await deleteEvent(actor, idOrIdentifier);
    refreshPages();
    return { ok: true };
  } catch (error) {
    return fromAppError(error);
  }
}
