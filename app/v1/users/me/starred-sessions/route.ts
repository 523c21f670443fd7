import { collectionResponse, parseQuery } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";
import { sessionResource } from "@/lib/sessions/resource";
import { findStarredSessions } from "@/lib/stars/find-starred-sessions";

/** The caller's starred sessions that the public may see, as `session` resources. */
export const GET = apiRoute(async (request, { actor }) => {
  const query = parseQuery(request, sessionResource, { collection: true });
  const page = await findStarredSessions(actor, query);
  return collectionResponse(request, sessionResource, page, { actor, query });
});
