import { apiRoute } from "@/lib/api/route";
import { deleteSpeakersCall } from "@/lib/custom-forms/delete-speakers-call";
import { getEventSpeakersCall } from "@/lib/custom-forms/get-speakers-call";
import { speakersCallResource } from "@/lib/custom-forms/resource";
import { updateSpeakersCallDocumentSchema } from "@/lib/custom-forms/schemas";
import { updateSpeakersCall } from "@/lib/custom-forms/update-speakers-call";
import { deletedResponse, parseQuery, parseResourceBody, resourceResponse } from "@/lib/jsonapi";

/**
 * The event's call for speakers at Open Event's second path of `speakers-call` detail: `id` is the
 * event's id or identifier; an event without a call (or one the caller may not see) is 404. PATCH
 * and DELETE are those of `/v1/speakers-calls/{id}`.
 */
export const GET = apiRoute<{ id: string }>(async (request, { params: { id }, actor }) => {
  const query = parseQuery(request, speakersCallResource);
  return resourceResponse(speakersCallResource, await getEventSpeakersCall(actor, id), { actor, query });
});

export const PATCH = apiRoute<{ id: string }>(async (request, { params: { id }, actor }) => {
  const query = parseQuery(request, speakersCallResource);
  const call = await getEventSpeakersCall(actor, id);
  const body = await parseResourceBody(request, speakersCallResource, updateSpeakersCallDocumentSchema);
  return resourceResponse(speakersCallResource, await updateSpeakersCall(actor, call.id, body.input, { expectedId: body.id }), { actor, query });
});

export const DELETE = apiRoute<{ id: string }>(async (request, { params: { id }, actor }) => {
  parseQuery(request, speakersCallResource);
  const call = await getEventSpeakersCall(actor, id);
  await deleteSpeakersCall(actor, call.id);
  return deletedResponse();
});
