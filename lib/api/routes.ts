import { parseResourceBody } from "../jsonapi/body";
import { parseQuery } from "../jsonapi/query";
import { resourceOf } from "../jsonapi/registry";
import type { AnyResource } from "../jsonapi/resource";
import { collectionResponse, deletedResponse, resourceResponse } from "../jsonapi/response";
import { apiRoute } from "./route";

/**
 * The /v1 handlers of a resource's collection and items, made from its declaration alone: each
 * route file is one line binding a type,
 *
 *   app/v1/events/[id]/tracks/route.ts   export const { GET, POST } = collectionRoutes("track");
 *   app/v1/tracks/[id]/route.ts          export const { GET, PATCH, DELETE } = itemRoutes("track");
 *
 * and each handler is the usual thin edge: parse, call the service the declaration binds,
 * serialize. A binding the declaration lacks fails here, when the route file is loaded.
 */

/** `id`: the parent's id (or identifier) in a collection under a parent, the row's in an item route. */
type Params = { id?: string };

function bound<K extends "list" | "create" | "get" | "update" | "delete">(resource: AnyResource, binding: K): NonNullable<AnyResource[K]> {
  const value = resource[binding];
  if (!value) throw new Error(`The ${resource.type} resource binds no ${binding} (lib/api/routes.ts needs it)`);
  return value as NonNullable<AnyResource[K]>;
}

/** `/v1/<path>`, or `/v1/<parent path>/{id}/<path>` for a resource created under its parent. */
export function collectionRoutes(type: string) {
  const resource = resourceOf(type);
  const list = bound(resource, "list");
  const create = bound(resource, "create");
  return {
    GET: apiRoute<Params>(async (request, { params: { id: parentId }, actor }) => {
      const query = parseQuery(request, resource, { collection: true });
      const page = await list(actor, query, parentId);
      return collectionResponse(request, resource, page, { actor, query });
    }),
    POST: apiRoute<Params>(async (request, { params: { id: parentId }, actor }) => {
      const query = parseQuery(request, resource);
      const { input } = await parseResourceBody(request, resource, create.schema);
      const row = await create.run(actor, input, { parentId, include: query.include });
      return resourceResponse(resource, row, { actor, query, status: 201 });
    }),
  };
}

/** `/v1/<path>/{id}`. */
export function itemRoutes(type: string) {
  const resource = resourceOf(type);
  const get = bound(resource, "get");
  const update = bound(resource, "update");
  const remove = bound(resource, "delete");
  return {
    GET: apiRoute<{ id: string }>(async (request, { params: { id }, actor }) => {
      const query = parseQuery(request, resource);
      return resourceResponse(resource, await get(actor, id, query.include), { actor, query });
    }),
    PATCH: apiRoute<{ id: string }>(async (request, { params: { id }, actor }) => {
      const query = parseQuery(request, resource);
      const body = await parseResourceBody(request, resource, update.schema);
      const row = await update.run(actor, id, body.input, { include: query.include, expectedId: body.id });
      return resourceResponse(resource, row, { actor, query });
    }),
    DELETE: apiRoute<{ id: string }>(async (request, { params: { id }, actor }) => {
      parseQuery(request, resource);
      await remove(actor, id);
      return deletedResponse();
    }),
  };
}

/**
 * GET only, for a read-only resource: `/v1/<path>/{id}`, a document under its parent
 * (`/v1/events/{id}/general-statistics`, `id` the parent's) or a singleton without an id
 * (`/v1/admin/statistics/events`).
 */
export function readRoute(type: string) {
  const resource = resourceOf(type);
  const get = bound(resource, "get");
  return {
    GET: apiRoute<Params>(async (request, { params: { id }, actor }) => {
      const query = parseQuery(request, resource);
      return resourceResponse(resource, await get(actor, id ?? "", query.include), { actor, query });
    }),
  };
}
