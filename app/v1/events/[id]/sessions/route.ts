import { collectionResponse, parseQuery, parseResourceBody, resourceResponse } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";
import { createEventSession } from "@/lib/sessions/create-session";
import { findEventSessions } from "@/lib/sessions/find-sessions";
import { sessionResource } from "@/lib/sessions/resource";
import { createSessionSchema } from "@/lib/sessions/schemas";

/** `id` is the event's numeric id or identifier. */
type Params = { id: string };

export const GET = apiRoute<Params>(async (request, { params: { id }, actor }) => {
  const query = parseQuery(request, sessionResource, { collection: true });
  const page = await findEventSessions(actor, id, query);
  return collectionResponse(request, sessionResource, page, { actor, query });
});

export const POST = apiRoute<Params>(async (request, { params: { id }, actor }) => {
  const query = parseQuery(request, sessionResource);
  const { input } = await parseResourceBody(request, sessionResource, createSessionSchema);
  const session = await createEventSession(actor, id, input, { include: query.include });
  return resourceResponse(sessionResource, session, { actor, query, status: 201 });
});
