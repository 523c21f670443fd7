import { deletedResponse, parseQuery, parseResourceBody, resourceResponse } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";
import { deleteSession } from "@/lib/sessions/delete-session";
import { getSession } from "@/lib/sessions/get-session";
import { sessionResource } from "@/lib/sessions/resource";
import { updateSessionSchema } from "@/lib/sessions/schemas";
import { updateSession } from "@/lib/sessions/update-session";

type Params = { id: string };

export const GET = apiRoute<Params>(async (request, { params: { id }, actor }) => {
  const query = parseQuery(request, sessionResource);
  const session = await getSession(actor, id, { include: query.include });
  return resourceResponse(sessionResource, session, { actor, query });
});

export const PATCH = apiRoute<Params>(async (request, { params: { id }, actor }) => {
  const query = parseQuery(request, sessionResource);
  const body = await parseResourceBody(request, sessionResource, updateSessionSchema);
  const session = await updateSession(actor, id, body.input, { include: query.include, expectedId: body.id });
  return resourceResponse(sessionResource, session, { actor, query });
});

export const DELETE = apiRoute<Params>(async (request, { params: { id }, actor }) => {
  parseQuery(request, sessionResource);
  await deleteSession(actor, id);
  return deletedResponse();
});
