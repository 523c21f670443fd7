import { resourceOf } from "../jsonapi/registry";
import { parentIdOf, type ResourceDef } from "../jsonapi/resource";
import {
  createEventContent,
  deleteEventContent,
  findEventContent,
  findEventContentWhere,
  getEventContent,
  updateEventContent,
  type ContentResource,
  type ContentSpec,
} from "./services";

/**
 * Rooms, tracks, session types, sponsors, social links and tickets are all "event content":
 * rows owned by one event, read by whoever may see the event and changed by its organizers.
 * Each is declared once with `defineContentResource` (its JSON:API part and its ContentSpec);
 * the services are the shared ones of services.ts, bound here, so the generic routes and the
 * related endpoints read and write every content resource alike.
 */

const declared = new WeakSet<object>();

export function defineContentResource<R>(def: ResourceDef<R> & ContentSpec): ResourceDef<R> & ContentSpec {
  const resource: ResourceDef<R> & ContentSpec = {
    ...def,
    get: (actor, id, include) => getEventContent(resource, actor, id, { include }),
    list: (actor, query, eventId) => findEventContent(resource, actor, parentIdOf(resource, eventId), query),
    find: (actor, where, query) => findEventContentWhere(resource, actor, where, query),
    create: {
      schema: def.createSchema,
      parent: "event",
      run: (actor, input, { parentId, include }) =>
        createEventContent(resource, actor, parentIdOf(resource, parentId), input as Record<string, unknown>, { include }),
    },
    update: {
      schema: def.updateSchema,
      run: (actor, id, input, options) => updateEventContent(resource, actor, id, input as Record<string, unknown>, options),
    },
    delete: (actor, id) => deleteEventContent(resource, actor, id),
  };
  declared.add(resource);
  return resource;
}

/** The registered declaration of a content type; throws for any other type. */
export function contentResourceOf(type: string): ContentResource {
  const resource = resourceOf(type);
  if (!declared.has(resource)) throw new Error(`The ${type} resource is not event content (see lib/content/resource.ts)`);
  return resource as ContentResource;
}
