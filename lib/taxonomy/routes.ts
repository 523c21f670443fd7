import { getActor } from "../auth/get-actor";
import { parseResourceBody } from "../jsonapi/body";
import { parseQuery } from "../jsonapi/query";
import { collectionResponse, deletedResponse, resourceResponse } from "../jsonapi/response";
import { apiRoute } from "../api/route";
import type { TaxonomyKind } from "./kinds";
import { createTaxonomy, deleteTaxonomy, findTaxonomy, getTaxonomy, updateTaxonomy } from "./services";

/**
 * /v1 handlers of the taxonomy, shared by topics, sub-topics and types (one-line route files).
 * Collections of a kind with a parent live under it: `/v1/event-topics/{id}/event-sub-topics`.
 */

type Params = { id?: string };

export function taxonomyCollectionRoutes(kind: TaxonomyKind) {
  const { resource } = kind;
  return {
    GET: apiRoute<Params>(async (request, { params }) => {
      const { id: parentId } = await params;
      const actor = await getActor(request);
      const query = parseQuery(request, resource, { collection: true });
      const page = await findTaxonomy(kind, actor, { ...query, parentId });
      return collectionResponse(request, resource, page, { actor, query });
    }),
    POST: apiRoute<Params>(async (request, { params }) => {
      const { id: parentId } = await params;
      const actor = await getActor(request);
      const query = parseQuery(request, resource);
      const { input } = await parseResourceBody(request, resource, kind.createSchema);
      const row = await createTaxonomy(kind, actor, input, { parentId, include: query.include });
      return resourceResponse(resource, row, { actor, query, status: 201 });
    }),
  };
}

export function taxonomyItemRoutes(kind: TaxonomyKind) {
  const { resource } = kind;
  return {
    GET: apiRoute<{ id: string }>(async (request, { params }) => {
      const { id } = await params;
      const actor = await getActor(request);
      const query = parseQuery(request, resource);
      return resourceResponse(resource, await getTaxonomy(kind, actor, id, query.include), { actor, query });
    }),
    PATCH: apiRoute<{ id: string }>(async (request, { params }) => {
      const { id } = await params;
      const actor = await getActor(request);
      const query = parseQuery(request, resource);
      const body = await parseResourceBody(request, resource, kind.updateSchema);
      const row = await updateTaxonomy(kind, actor, id, body.input, { expectedId: body.id, include: query.include });
      return resourceResponse(resource, row, { actor, query });
    }),
    DELETE: apiRoute<{ id: string }>(async (request, { params }) => {
      const { id } = await params;
      parseQuery(request, resource);
      await deleteTaxonomy(kind, await getActor(request), id);
      return deletedResponse();
    }),
  };
}
