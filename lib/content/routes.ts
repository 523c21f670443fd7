import { apiRoute } from "../api/route";
import { targetWriteRoutes } from "../api/routes";
import { resourceOf } from "../jsonapi/registry";
import { documentResponse, resourceResponse } from "../jsonapi/response";
import { parseQuery } from "../jsonapi/query";
import { JSONAPI_VERSION, resourcePath } from "../jsonapi/serialize";
import { relationshipRoute } from "../related/routes";
import { contentResourceOf } from "./resource";
import { getEventOfContent } from "./services";

/**
 * The event of an event-content row, for the six content resources (each route file is one line
 * binding a type: `export const { GET } = contentEventRoutes("track")`). Their other routes are
 * the generic ones of lib/api/routes.ts.
 */

type Params = { id: string };

/**
 * `/v1/<path>/{id}/event`: the related event as a whole document; PATCH and DELETE change and
 * delete that event as its own endpoint does (lib/api/routes.ts `targetWriteRoutes`).
 */
export function contentEventRoutes(type: string) {
  const kind = contentResourceOf(type);
  const eventResource = resourceOf("event");
  return {
    GET: apiRoute<Params>(async (request, { params: { id }, actor }) => {
      const query = parseQuery(request, eventResource);
      const event = await getEventOfContent(kind, actor, id, { include: query.include });
      return resourceResponse(eventResource, event, { actor, query });
    }),
    ...targetWriteRoutes(eventResource, async (actor, id) => String((await getEventOfContent(kind, actor, id)).id), `The event of a ${type}`),
  };
}

/**
 * `/v1/<path>/{id}/relationships/event`: the linkage. A row stays in its event: PATCH and POST
 * naming it answer the linkage, another event or DELETE is 422 (lib/related `keepLinkage`).
 */
export function contentEventLinkageRoutes(type: string) {
  const kind = contentResourceOf(type);
  const eventResource = resourceOf("event");
  const { PATCH, POST, DELETE } = relationshipRoute(type, "event");
  return {
    PATCH,
    POST,
    DELETE,
    GET: apiRoute<Params>(async (request, { params: { id }, actor }) => {
      parseQuery(request, eventResource);
      const event = await getEventOfContent(kind, actor, id);
      // The id was validated as a row id by the service; normalised so that `007` links as `7`.
      const self = resourcePath(kind, String(Number(id)));
      return documentResponse({
        links: { self: `${self}/relationships/event`, related: `${self}/event` },
        data: { type: eventResource.type, id: String(event.id) },
        jsonapi: JSONAPI_VERSION,
      });
    }),
  };
}
