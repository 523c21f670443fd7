import { isAdmin, type Actor } from "../auth/actor";
import { AppError } from "../errors";
import { parseResourceBody } from "../jsonapi/body";
import { parseQuery } from "../jsonapi/query";
import { resourceOf } from "../jsonapi/registry";
import { relationshipsByName, type AnyResource, type CollectionQuery, type CreateBinding } from "../jsonapi/resource";
import { collectionResponse, deletedResponse, resourceResponse } from "../jsonapi/response";
import { collectionCopy, itemCopy } from "./anonymous-copies";
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
 *
 * A resource created under a parent (`create.parent`, e.g. content under its event) is created at
 * both of Open Event's paths: the nested collection (`POST /v1/events/{id}/tracks`) and its own
 * (`POST /v1/tracks` with `relationships.event`), one line too:
 *
 *   app/v1/tracks/route.ts               export const { POST } = createRoute("track");
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
      return collectionCopy(request, resource, actor, query, async () => {
        const page = await list(actor, query, parentId);
        return collectionResponse(request, resource, page, { actor, query });
      });
    }),
    POST: createHandler(resource, create, (id) => id),
  };
}

/** A POST that creates through the resource's `create`, under the parent `parentOf` reads from the URL's id (if any). */
function createHandler(resource: AnyResource, create: CreateBinding, parentOf: (id: string | undefined) => string | undefined) {
  return apiRoute<Params>(async (request, { params: { id }, actor }) => {
    const query = parseQuery(request, resource);
    const { input } = await parseResourceBody(request, resource, create.schema);
    const row = await create.run(actor, input, { parentId: parentOf(id), include: query.include });
    return resourceResponse(resource, row, { actor, query, status: 201 });
  });
}

/**
 * POST on the other paths of the Open Event list class that serves `POST /v1/<path>`: OES routes
 * `/v1/event-types/{id}/events`, `/v1/users/{id}/owner-events`, `/v1/events/upcoming`, … to
 * EventList, whose POST creates an event exactly as `POST /v1/events` does and does not use the
 * path's id (its `create_event` permission makes the caller the owner; the type, topic and owner
 * come from the document). So the row is made by the same create, whatever the URL names.
 */
export function listCreateRoute(type: string) {
  const resource = resourceOf(type);
  const create = bound(resource, "create");
  if (create.parent) throw new Error(`The ${type} resource is created under a parent: its list paths name it`);
  return { POST: createHandler(resource, create, () => undefined) };
}

/**
 * `POST /v1/<path>` of a resource created under a parent, which the document names in
 * `relationships.<parent>` (required; its id or, for an event, its identifier). The row is made by
 * the same service as through the nested collection. A parent the caller may not add to — missing,
 * deleted, another organizer's — is a linkage to nothing they can use: 422 at the relationship,
 * as for any other linkage in a body, without telling which of these it is.
 */
export function createRoute(type: string) {
  const resource = resourceOf(type);
  const create: CreateBinding = bound(resource, "create");
  const parent = create.parent;
  if (!parent) throw new Error(`The ${type} resource is not created under a parent: its collection route creates it`);
  const parentName = [...relationshipsByName(resource)].find(([, [key]]) => key === parent)?.[0] ?? parent;
  return {
    POST: apiRoute(async (request, { actor }) => {
      const query = parseQuery(request, resource);
      const { input, parentId } = await parseResourceBody(request, resource, create.schema, { parent: parentName });
      const row = await create.run(actor, input, { parentId, include: query.include }).catch((error: unknown) => {
        if (error instanceof AppError && error.code === "NOT_FOUND") {
          throw new AppError("UNPROCESSABLE", `There is no ${parentName} with this id that you may add to`, { relationship: parent });
        }
        throw error;
      });
      return resourceResponse(resource, row, { actor, query, status: 201 });
    }),
  };
}

/**
 * Every event's rows of an event-owned resource (Open Event's `GET /v1/sessions`, `/v1/tracks`):
 * for admins, who see every event; everyone else reads an event's at `/v1/events/{id}/<path>`
 * (403; anonymous 401). Read by the resource's `find`, so deleted rows stay out as everywhere.
 */
export async function findAcrossEvents(actor: Actor, resource: AnyResource, query: CollectionQuery) {
  if (!actor) throw new AppError("UNAUTHORIZED", `Sign in to list ${resource.path}`);
  if (!isAdmin(actor)) throw new AppError("FORBIDDEN", `Only admins list every event's ${resource.path}; an event's are at /v1/events/{id}/${resource.path}`);
  const find = resource.find;
  if (!find) throw new Error(`The ${resource.type} resource binds no find`);
  return find(actor, {}, query);
}

/** `GET /v1/<path>` of an event-owned resource (`findAcrossEvents`). */
export function acrossEventsRoute(type: string) {
  const resource = resourceOf(type);
  return {
    GET: apiRoute(async (request, { actor }) => {
      const query = parseQuery(request, resource, { collection: true });
      return collectionResponse(request, resource, await findAcrossEvents(actor, resource, query), { actor, query });
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
      return itemCopy(request, resource, actor, query, async () => resourceResponse(resource, await get(actor, id, query.include), { actor, query }));
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
 * PATCH and DELETE of the row another one points to (`/v1/sessions/{id}/track`,
 * `/v1/tracks/{id}/event`), as Open Event serves these paths with the target's detail class: the
 * target's own update and delete services (its permissions and rules) run on the row `targetId`
 * finds through the parent (NOT_FOUND when the caller may not see the parent or it has none).
 * Without `targetId` (a to-many relationship's related collection), or for a target that does not
 * bind both, they answer 405.
 */
export function targetWriteRoutes(target: AnyResource, targetId: ((actor: Actor, id: string) => Promise<string>) | undefined, what: string) {
  const { update, delete: remove } = target;
  const refuse = () => new AppError("METHOD_NOT_ALLOWED", `${what} cannot be changed or deleted here`);
  return {
    PATCH: apiRoute<{ id: string }>(async (request, { params: { id }, actor }) => {
      if (!update || !remove || !targetId) throw refuse();
      const query = parseQuery(request, target);
      const body = await parseResourceBody(request, target, update.schema);
      const row = await update.run(actor, await targetId(actor, id), body.input, { include: query.include, expectedId: body.id });
      return resourceResponse(target, row, { actor, query });
    }),
    DELETE: apiRoute<{ id: string }>(async (request, { params: { id }, actor }) => {
      if (!update || !remove || !targetId) throw refuse();
      parseQuery(request, target);
      await remove(actor, await targetId(actor, id));
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
