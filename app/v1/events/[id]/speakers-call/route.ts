import { apiRoute } from "@/lib/api/route";
import { getEventSpeakersCall } from "@/lib/custom-forms/get-speakers-call";
import { speakersCallResource } from "@/lib/custom-forms/resource";
import { parseQuery, resourceResponse } from "@/lib/jsonapi";

/** `id` is the event's id or identifier; an event without a call (or one the caller may not see) is 404. */
export const GET = apiRoute<{ id: string }>(async (request, { params: { id }, actor }) => {
  const query = parseQuery(request, speakersCallResource);
  return resourceResponse(speakersCallResource, await getEventSpeakersCall(actor, id), { actor, query });
});
