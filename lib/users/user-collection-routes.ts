import { apiRoute } from "../api/route";
import { listCreateRoute } from "../api/routes";
import { parseQuery } from "../jsonapi/query";
import { resourceOf } from "../jsonapi/registry";
import { collectionResponse } from "../jsonapi/response";
import { findSpeakerProfiles, findUserEventList, findUserSessions, type UserEventList } from "./user-collections";

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

/** `GET /v1/users/{id}/sessions` (the sessions the user proposed) and `/speakers` (their speaker profiles). */
export function userCollectionRoute(type: "session" | "speaker") {
  const find = type === "session" ? findUserSessions : findSpeakerProfiles;
  const GET = apiRoute<Params>(async (request, { params: { id }, actor }) => {
    const resource = resourceOf(type);
    const query = parseQuery(request, resource, { collection: true });
    return collectionResponse(request, resource, await find(actor, id, query), { actor, query });
  });
  return { GET };
}
