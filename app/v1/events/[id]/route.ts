import { deleteEvent } from "@/lib/events/delete-event";
import { getEvent } from "@/lib/events/get-event";
import { eventResource } from "@/lib/events/resource";
import { updateEventSchema } from "@/lib/events/schemas";
import { updateEvent } from "@/lib/events/update-event";
import { deletedResponse, parseQuery, parseResourceBody, resourceResponse } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";

/** `id` is the numeric id or the identifier. */
type Params = { id: string };

export const GET = apiRoute<Params>(async (request, { params: { id }, actor }) => {
  const query = parseQuery(request, eventResource);
  const event = await getEvent(actor, id, "event.view", { include: query.include });
  return resourceResponse(eventResource, event, { actor, query });
});

export const PATCH = apiRoute<Params>(async (request, { params: { id }, actor }) => {
  const query = parseQuery(request, eventResource);
  const body = await parseResourceBody(request, eventResource, updateEventSchema);
  const event = await updateEvent(actor, id, body.input, { include: query.include, expectedId: body.id });
  return resourceResponse(eventResource, event, { actor, query });
});

export const DELETE = apiRoute<Params>(async (request, { params: { id }, actor }) => {
  parseQuery(request, eventResource);
  await deleteEvent(actor, id);
  return deletedResponse();
});
