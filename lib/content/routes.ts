import { getActor } from "../auth/get-actor";
import { eventResource } from "../events/resource";
import { collectionResponse, deletedResponse, documentResponse, resourceResponse } from "../jsonapi/response";
import { parseResourceBody } from "../jsonapi/body";
import { parseQuery } from "../jsonapi/query";
import { apiRoute } from "../api/route";
import { JSONAPI_VERSION, resourcePath } from "../jsonapi/serialize";
import type { EventContentKind } from "./kind";
import {
  createEventContent,
  deleteEventContent,
  findEventContent,
  getEventContent,
  getEventOfContent,
  updateEventContent,
} from "./services";

/**
 * The /v1 handlers of an event-content resource. Six resources share them, so each route file
 * is one line binding a kind (`export const { GET, POST } = contentCollectionRoutes(trackKind)`)
 * and the rules of parsing and answering are written once. Each handler is the usual thin
 * edge: parse, call one service, serialize.
 */

type Params = { id: string };

/** `/v1/events/{id}/<path>`: `id` is the event's id or identifier. */
export function contentCollectionRoutes(kind: EventContentKind) {
  const { resource } = kind;
  return {
    GET: apiRoute<Params>(async (request, { params }) => {
      const { id } = await params;
      const actor = await getActor(request);
      const query = parseQuery(request, resource, { collection: true });
      const page = await findEventContent(kind, actor, id, query);
      return collectionResponse(request, resource, page, { actor, query });
    }),
    POST: apiRoute<Params>(async (request, { params }) => {
      const { id } = await params;
      const actor = await getActor(request);
      const query = parseQuery(request, resource);
      const { input } = await parseResourceBody(request, resource, kind.createSchema);
      const row = await createEventContent(kind, actor, id, input, { include: query.include });
      return resourceResponse(resource, row, { actor, query, status: 201 });
    }),
  };
}

/** `/v1/<path>/{id}`. */
export function contentItemRoutes(kind: EventContentKind) {
  const { resource } = kind;
  return {
    GET: apiRoute<Params>(async (request, { params }) => {
      const { id } = await params;
      const actor = await getActor(request);
      const query = parseQuery(request, resource);
      return resourceResponse(resource, await getEventContent(kind, actor, id, { include: query.include }), { actor, query });
    }),
    PATCH: apiRoute<Params>(async (request, { params }) => {
      const { id } = await params;
      const actor = await getActor(request);
      const query = parseQuery(request, resource);
      const body = await parseResourceBody(request, resource, kind.updateSchema);
      const row = await updateEventContent(kind, actor, id, body.input, { include: query.include, expectedId: body.id });
      return resourceResponse(resource, row, { actor, query });
    }),
    DELETE: apiRoute<Params>(async (request, { params }) => {
      const { id } = await params;
      parseQuery(request, resource);
      await deleteEventContent(kind, await getActor(request), id);
      return deletedResponse();
    }),
  };
}

/** `/v1/<path>/{id}/event`: the related event as a whole document. */
export function contentEventRoutes(kind: EventContentKind) {
  return {
    GET: apiRoute<Params>(async (request, { params }) => {
      const { id } = await params;
      const actor = await getActor(request);
      const query = parseQuery(request, eventResource);
      const event = await getEventOfContent(kind, actor, id, { include: query.include });
      return resourceResponse(eventResource, event, { actor, query });
    }),
  };
}

/** `/v1/<path>/{id}/relationships/event`: the linkage only. */
export function contentEventLinkageRoutes(kind: EventContentKind) {
  return {
    GET: apiRoute<Params>(async (request, { params }) => {
      const { id } = await params;
      const actor = await getActor(request);
      parseQuery(request, eventResource);
      const event = await getEventOfContent(kind, actor, id);
      // The id was validated as a row id by the service; normalised so that `007` links as `7`.
      const self = resourcePath(kind.resource, String(Number(id)));
      return documentResponse({
        links: { self: `${self}/relationships/event`, related: `${self}/event` },
        data: { type: eventResource.type, id: String(event.id) },
        jsonapi: JSONAPI_VERSION,
      });
    }),
  };
}
