"use server";

import { revalidatePath } from "next/cache";
import { requireSessionActor } from "../auth/session";
import type { ActionResult } from "../forms/action-result";
import { deleteContent, isEditorKind, reorderContent, saveContent, type EditorItem, type EditorKindName } from "./editor";
// For its effect: registers the resource declarations the services below load through.
import "../api/resources";

/**
 * Server actions of the sponsors, social links and tickets editors. Everything (authorisation,
 * validation with the API's schemas, error mapping) happens in editor.ts; these only find the
 * signed-in user and refresh the pages that show the lists (dashboard and public event page).
 */

const pagePath = (kind: string, eventId: string) => `/events/${encodeURIComponent(eventId)}/${kind}`;

function checkKind(kind: string): asserts kind is EditorKindName {
  // Actions are public endpoints: the kind arrives from the client and is checked, not trusted.
  if (!isEditorKind(kind)) throw new Error(`Unknown content kind ${JSON.stringify(kind)}`);
}

export async function saveContentAction(
  kind: EditorKindName,
  eventId: string,
  id: number | null,
  input: Record<string, unknown>,
): Promise<ActionResult<EditorItem>> {
  checkKind(kind);
  const actor = await requireSessionActor(pagePath(kind, eventId));
  const result = await saveContent(actor, kind, eventId, id, input);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function deleteContentAction(kind: EditorKindName, eventId: string, id: number): Promise<ActionResult> {
  checkKind(kind);
  const actor = await requireSessionActor(pagePath(kind, eventId));
  const result = await deleteContent(actor, kind, eventId, id);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function reorderContentAction(kind: EditorKindName, eventId: string, ids: number[]): Promise<ActionResult> {
  checkKind(kind);
  const actor = await requireSessionActor(pagePath(kind, eventId));
  const result = await reorderContent(actor, kind, eventId, ids);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
