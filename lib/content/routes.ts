import { apiRoute } from "../api/route";
import { resourceOf } from "../jsonapi/registry";
import { documentResponse, resourceResponse } from "../jsonapi/response";
import { parseQuery } from "../jsonapi/query";
import { JSONAPI_VERSION, resourcePath } from "../jsonapi/serialize";
import { contentResourceOf } from "./resource";
import { getEventOfContent } from "./services";

/**
 * The event of an event-content row, for the six content resources (each route file is one line
 * binding a type: `export const { GET } = contentEventRoutes("track")`). Their other routes are
 * the generic ones of lib/api/routes.ts.
 */

type Params = { id: string };

/** `/v1/<path>/{id}/event`: the related event as a whole document. */
export function contentEventRoutes(type: string) {
  const kind = contentResourceOf(type);
  const eventResource = resourceOf("event");
  return {
    GET: apiRoute<Params>(async (request, { params: { id }, actor }) => {
      const query = parseQuery(request, eventResource);
      const event = await getEventOfContent(kind, actor, id, { include: query.include });
      return resourceResponse(eventResource, event, { actor, query });
    }),
  };
}

/** `/v1/<path>/{id}/relationships/event`: the linkage only. */
export function contentEventLinkageRoutes(type: string) {
  const kind = contentResourceOf(type);
  const eventResource = resourceOf("event");
  return {
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
