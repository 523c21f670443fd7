import { getActor } from "@/lib/auth/get-actor";
import { findEventTypes } from "@/lib/events/find-event-types";
import { eventTypeResource } from "@/lib/events/resources";
import { collectionResponse, parseQuery } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/jsonapi/route";

export const GET = apiRoute(async (request) => {
  const actor = await getActor(request);
  const query = parseQuery(request, eventTypeResource, { collection: true });
  const page = await findEventTypes(actor, query);
  return collectionResponse(request, eventTypeResource, page, { actor, query });
});
