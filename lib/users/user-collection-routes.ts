import { apiRoute } from "../api/route";
import { listCreateRoute } from "../api/routes";
import { parseQuery } from "../jsonapi/query";
import { resourceOf } from "../jsonapi/registry";
import { collectionResponse } from "../jsonapi/response";
import { findUserEventList, findUserSessions, type UserEventList } from "./user-collections";

type Params = { id: string };

/**
 * `GET /v1/users/{id}/<list>` (lib/users/user-collections.ts): one line per route file. POST there
 * is Open Event's EventList too: it creates an event as `POST /v1/events` does, owned by the
 * caller whatever user the path names.
 */
export function userEventsRoute(list: UserEventList) {
  const GET = apiRoute<Params>(async (request, { params: { id }, actor }) => {
    const events = resourceOf("event");
    const query = parseQuery(request, events, { collection: true });
    return collectionResponse(request, events, await findUserEventList(actor, id, list, query), { actor, query });
  });
  return { GET, POST: listCreateRoute("event").POST };
}

/** `GET /v1/users/{id}/sessions`: the sessions the user proposed. */
export function userSessionsRoute() {
  const GET = apiRoute<Params>(async (request, { params: { id }, actor }) => {
    const sessions = resourceOf("session");
    const query = parseQuery(request, sessions, { collection: true });
    return collectionResponse(request, sessions, await findUserSessions(actor, id, query), { actor, query });
  });
  return { GET };
}
