"use server";

import { revalidatePath } from "next/cache";
import { ZodError } from "zod";
import { requireSessionActor } from "../auth/session";
import { AppError } from "../errors";
import { DocumentValidationError } from "../jsonapi/errors";
import type { EventSetup } from "./load";
import { saveEventSetup } from "./save-event-setup";
import type { EventSetupInput } from "./schemas";
// For its effect: registers the resource declarations the services below load through.
import "../api/resources";

/**
 * The setup page's one request: the whole form goes to `saveEventSetup`, which validates it
 * with the same schema as the form and applies it in one transaction. Errors come back keyed
 * by the form's field paths (`tracks.2.name`, or `microlocations` for the list as a whole) so
 * the form shows each one beside its entry.
 */

export type SetupFieldErrors = Partial<Record<string, string>>;

export type SaveEventSetupResult =
  | { ok: true; data: EventSetup }
  | { ok: false; fieldErrors: SetupFieldErrors; formError?: string };

/** `/tracks/2/name` → `tracks.2.name` (react-hook-form's field path). */
const fieldPath = (pointer: string) => pointer.replace(/^\//, "").split("/").join(".");

function failure(error: unknown): { ok: false; fieldErrors: SetupFieldErrors; formError?: string } {
  const fieldErrors: SetupFieldErrors = {};
  const add = (path: string, message: string) => {
    // Several problems may share a path (two rooms still in use): show them all there.
    fieldErrors[path] = fieldErrors[path] ? `${fieldErrors[path]} ${message}` : message;
  };
  if (error instanceof ZodError) {
    for (const issue of error.issues) add(issue.path.join("."), issue.message);
    return { ok: false, fieldErrors };
  }
  if (error instanceof DocumentValidationError) {
    for (const issue of error.issues) add(fieldPath(issue.pointer), issue.detail);
    return { ok: false, fieldErrors };
  }
  if (error instanceof AppError && error.code === "NOT_FOUND") {
    return { ok: false, fieldErrors, formError: "This event does not exist or you may not change it." };
  }
  if (error instanceof AppError) return { ok: false, fieldErrors, formError: error.detail };
  // Anything else is a bug or an outage: the error boundary and the server log should see it.
  throw error;
}

export async function saveEventSetupAction(idOrIdentifier: string, input: EventSetupInput): Promise<SaveEventSetupResult> {
  const actor = await requireSessionActor(`/events/${encodeURIComponent(idOrIdentifier)}/setup`);
  try {
    const data = await saveEventSetup(actor, idOrIdentifier, input);
    // Overview counts, session forms and the public schedule show these lists.
    revalidatePath("/", "layout");
    return { ok: true, data };
  } catch (error) {
    return failure(error);
  }
}
