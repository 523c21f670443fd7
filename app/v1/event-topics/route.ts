import { getActor } from "@/lib/auth/get-actor";
import { findEventTopics } from "@/lib/events/find-event-topics";
import { eventTopicResource } from "@/lib/events/resources";
import { collectionResponse, parseQuery } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/jsonapi/route";

export const GET = apiRoute(async (request) => {
  const actor = await getActor(request);
  const query = parseQuery(request, eventTopicResource, { collection: true });
  const page = await findEventTopics(actor, query);
  return collectionResponse(request, eventTopicResource, page, { actor, query });
});
