import { apiRoute } from "@/lib/api/route";
import { listCreateRoute } from "@/lib/api/routes";
import { collectionResponse, parseQuery } from "@/lib/jsonapi";
import { resourceOf } from "@/lib/jsonapi/registry";

/**
 * `GET /v1/events/upcoming`: Open Event's list of upcoming events, which its frontend's home page
 * asks for (with `upcoming=true`, which changes nothing here): the events collection with the
 * declaration's `upcoming` condition, whatever the query says.
 */
export const GET = apiRoute(async (request, { actor }) => {
  const events = resourceOf("event");
  const query = parseQuery(request, events, { collection: true });
  const page = await events.list!(actor, { ...query, where: { AND: [query.where, events.upcoming!(new Date())] } }, undefined);
  return collectionResponse(request, events, page, { actor, query });
});

/** Open Event routes this path to a subclass of EventList, so a POST creates an event as `POST /v1/events` does. */
export const { POST } = listCreateRoute("event");
