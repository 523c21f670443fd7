import { AppError } from "../errors";
import { parseRelationshipBody, parseToManyRelationshipBody, parseToOneRelationshipBody, relationshipInput } from "../jsonapi/body";
import { relationshipResponse } from "../jsonapi/linkage";
import { parseNoQuery, parseQuery } from "../jsonapi/query";
import type { AnyResource } from "../jsonapi/resource";
import { collectionResponse, documentResponse, resourceResponse } from "../jsonapi/response";
import { targetWriteRoutes } from "../api/routes";
import { apiRoute } from "../api/route";
import { JSONAPI_VERSION, relationshipLinks } from "../jsonapi/serialize";
import { clearLinkage, findRelated, getLinkage, getRelated, keepLinkage, relatedId, relationshipOf, setLinkage, toManyWriter, writeToMany, type ToManyWrite } from "./services";

/**
 * The /v1 handlers behind the two links the serializer writes for every relationship, so each
 * route file is one line binding a type and a relationship name:
 *
 *   app/v1/sessions/[id]/track/route.ts                 export const { GET } = relatedRoute("session", "track");
 *   app/v1/sessions/[id]/relationships/track/route.ts   export const { GET, PATCH } = relationshipRoute("session", "track");
 *
 * A declared relationship without both route files is caught by app/v1/links.test.ts.
 */

type Params = { id: string };

type Endpoint = { resource: AnyResource; name: string; endpoint: "related" | "relationship" };
const bindings = new WeakMap<object, Endpoint>();

/** What a handler made here serves (app/v1/links.test.ts checks each route file against its path). */
export const routeBinding = (handler: unknown): Endpoint | undefined =>
  typeof handler === "function" ? bindings.get(handler) : undefined;

function bound<T extends Record<string, object>>(handlers: T, endpoint: Endpoint): T {
  for (const handler of Object.values(handlers)) bindings.set(handler, endpoint);
  return handlers;
}

/**
 * `/v1/<path>/{id}/<name>`. To-one: the related resource's document (as its own endpoint answers
 * it, with `include` and `fields`), or `data: null` when there is none the caller may see; PATCH
 * and DELETE change and delete that resource as its own endpoint does (its update and delete
 * services, its permissions), as Open Event serves these paths with the related resource's
 * detail class (`PATCH /v1/sessions/{id}/track` is TrackDetail). A route file exports them where
 * the target binds `update` and `delete`. To-many: a collection like every other, with filter,
 * sort, page and include; writes there are 405.
 */
export function relatedRoute(type: string, name: string) {
  const rel = relationshipOf(type, name);
  const { resource } = rel;
  const { target } = rel;
  if (rel.def.many && !rel.targetReader?.find) throw new Error(`The ${target.type} resource binds no find, which its related collections read it with`);

  const GET = rel.def.many
    ? apiRoute<Params>(async (request, { params: { id }, actor }) => {
        const query = parseQuery(request, target, { collection: true });
        const page = await findRelated(actor, rel, id, query);
        return collectionResponse(request, target, page, { actor, query });
      })
    : apiRoute<Params>(async (request, { params: { id }, actor }) => {
        const query = parseQuery(request, target);
        const { self, record } = await getRelated(actor, rel, id, query.include);
        if (record) return resourceResponse(target, record, { actor, query });
        return documentResponse({ data: null, links: { self: relationshipLinks(self, name).related }, jsonapi: JSONAPI_VERSION });
      });
  const what = `The ${name} of a ${resource.type}`;
  const { PATCH, DELETE } = targetWriteRoutes(target, rel.def.many ? undefined : (actor, id) => relatedId(actor, rel, id), what);
  return bound({ GET, PATCH, DELETE }, { resource, name, endpoint: "related" });
}

/**
 * `/v1/<path>/{id}/relationships/<name>`: the resource linkage. PATCH replaces a writable to-one
 * relationship (one with a foreign key) through the resource's update service, as Open Event
 * does, and so does POST; DELETE empties it when its document names the current target. On a
 * to-many relationship POST adds, PATCH replaces and DELETE removes members (`writeToMany`:
 * through the parent's id list or each member's foreign key). A relationship neither way can
 * change answers 405 with an error document.
 */
export function relationshipRoute(type: string, name: string) {
  const rel = relationshipOf(type, name);
  const { resource } = rel;
  const update = rel.def.foreignKey && !rel.def.many ? rel.resource.update : undefined;

  const GET = apiRoute<Params>(async (request, { params: { id }, actor }) => {
    parseNoQuery(request);
    const { self, data } = await getLinkage(actor, rel, id);
    return relationshipResponse(self, name, data);
  });
  const toMany = (write: ToManyWrite) =>
    apiRoute<Params>(async (request, { params: { id }, actor }) => {
      if (!toManyWriter(rel)) throw new AppError("METHOD_NOT_ALLOWED", `The ${name} relationship cannot be changed here`);
      parseNoQuery(request);
      const ids = await parseToManyRelationshipBody(request, rel.def);
      const { self, data } = await writeToMany(actor, rel, id, ids, write);
      return relationshipResponse(self, name, data);
    });
  // A to-one relationship without a foreign key (a session's event) is fixed: keepLinkage.
  const keep = (clearing: boolean) =>
    apiRoute<Params>(async (request, { params: { id }, actor }) => {
      if (!rel.resource.update) throw new AppError("METHOD_NOT_ALLOWED", `The ${name} relationship cannot be changed here`);
      parseNoQuery(request);
      const named = clearing ? null : await parseToOneRelationshipBody(request, rel.def);
      const { self, data } = await keepLinkage(actor, rel, id, named);
      return relationshipResponse(self, name, data);
    });
  const fixed = !rel.def.many && !rel.def.foreignKey;
  const PATCH = rel.def.many
    ? toMany("replace")
    : fixed
      ? keep(false)
      : apiRoute<Params>(async (request, { params: { id }, actor }) => {
        if (!update) throw new AppError("METHOD_NOT_ALLOWED", `The ${name} relationship cannot be changed here`);
        parseNoQuery(request);
        const input = await parseRelationshipBody(request, resource, name, update.schema);
        const { self, data } = await setLinkage(actor, rel, id, input);
        return relationshipResponse(self, name, data);
      });
  // To-one: POST sets the relationship as PATCH does; DELETE empties it when the document names
  // the current target (or names none), through the same update.
  const clearOne = apiRoute<Params>(async (request, { params: { id }, actor }) => {
    if (!update || !rel.def.foreignKey) throw new AppError("METHOD_NOT_ALLOWED", `The ${name} relationship cannot be changed here`);
    parseNoQuery(request);
    const input = (await parseRelationshipBody(request, resource, name, update.schema)) as Record<string, unknown>;
    const { self, data } = await clearLinkage(actor, rel, id, input[rel.def.foreignKey], relationshipInput(resource, name, update.schema, null));
    return relationshipResponse(self, name, data);
  });
  const POST = rel.def.many ? toMany("add") : PATCH;
  const DELETE = rel.def.many ? toMany("remove") : fixed ? keep(true) : clearOne;
  return bound({ GET, PATCH, POST, DELETE }, { resource, name, endpoint: "relationship" });
}
