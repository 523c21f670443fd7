import { createEvent } from "@/lib/events/create-event";
import { findEvents } from "@/lib/events/find-events";
import { eventResource } from "@/lib/events/resource";
import { createEventSchema } from "@/lib/events/schemas";
import { collectionResponse, parseQuery, parseResourceBody, resourceResponse } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";

export const GET = apiRoute(async (request, { actor }) => {
  const query = parseQuery(request, eventResource, { collection: true });
  const page = await findEvents(actor, query);
  return collectionResponse(request, eventResource, page, { actor, query });
});

export const POST = apiRoute(async (request, { actor }) => {
  const query = parseQuery(request, eventResource);
  const { input } = await parseResourceBody(request, eventResource, createEventSchema);
  const event = await createEvent(actor, input, { include: query.include });
  return resourceResponse(eventResource, event, { actor, query, status: 201 });
});
