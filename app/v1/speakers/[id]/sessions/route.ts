import { collectionResponse, parseQuery } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";
import { findSpeakerSessions } from "@/lib/sessions/find-sessions";
import { sessionResource } from "@/lib/sessions/resource";

type Params = { id: string };

export const GET = apiRoute<Params>(async (request, { params: { id }, actor }) => {
  const query = parseQuery(request, sessionResource, { collection: true });
  const page = await findSpeakerSessions(actor, id, query);
  return collectionResponse(request, sessionResource, page, { actor, query });
});
