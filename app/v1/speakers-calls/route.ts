import { apiRoute } from "@/lib/api/route";
import { createSpeakersCall } from "@/lib/custom-forms/create-speakers-call";
import { speakersCallResource } from "@/lib/custom-forms/resource";
import { createSpeakersCallDocumentSchema } from "@/lib/custom-forms/schemas";
import { parseQuery, parseResourceBody, resourceResponse } from "@/lib/jsonapi";

/** `POST /v1/speakers-calls`: the event is the body's relationship `event`; an event has one call. */
export const POST = apiRoute(async (request, { actor }) => {
  const query = parseQuery(request, speakersCallResource);
  const { input } = await parseResourceBody(request, speakersCallResource, createSpeakersCallDocumentSchema);
  const { eventId, ...call } = input;
  return resourceResponse(speakersCallResource, await createSpeakersCall(actor, eventId, call), { actor, query, status: 201 });
});
