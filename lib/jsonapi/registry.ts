import type { AnyResource } from "./resource";

/**
 * The one registry of resource declarations, by JSON:API `type`. Relationships name their
 * target's type (`{ type: "track" }`) and the engine resolves it here when it builds an include,
 * parses a query or writes a document, so no declaration imports another and the order in which
 * modules load does not matter.
 *
 * The engine knows no domain: the app's list of declarations (lib/api/resources.ts) registers
 * them all at once when it is imported, and every entry point imports it before its first request
 * (see lib/jsonapi/README.md). A lookup before that, or of a type nobody declared, throws an
 * error naming the type instead of leaving a relationship without a target.
 */

const byType = new Map<string, AnyResource>();

/**
 * Registers declarations. A type claimed by two different declarations is an error, and so is a
 * relationship naming a type that is not registered once these are: both are wrong setups that
 * would otherwise surface as a missing include or link much later.
 */
export function registerResources(resources: readonly AnyResource[]): void {
  const staged = new Map(byType);
  for (const resource of resources) {
    const existing = staged.get(resource.type);
    if (existing && existing !== resource) {
      throw new Error(`Two JSON:API resources are declared with type "${resource.type}" (paths ${existing.path} and ${resource.path})`);
    }
    staged.set(resource.type, resource);
  }
  for (const resource of resources) {
    for (const [key, rel] of Object.entries(resource.relationships ?? {})) {
      if (!staged.has(rel.type)) {
        throw new Error(`The ${resource.type} resource's relationship "${key}" names type "${rel.type}", which no registered resource declares`);
      }
    }
  }
  for (const resource of resources) byType.set(resource.type, resource);
}

/** The declaration of a type; throws when it is not registered. */
export function resourceOf(type: string): AnyResource {
  const resource = byType.get(type);
  if (!resource) {
    throw new Error(
      byType.size
        ? `No JSON:API resource of type "${type}" is registered: add its declaration to lib/api/resources.ts`
        : `No JSON:API resource of type "${type}" is registered: no resource is, so this entry point did not import lib/api/resources.ts (see lib/jsonapi/README.md)`,
    );
  }
  return resource;
}

/** Every registered declaration, in registration order. */
export function registeredResources(): AnyResource[] {
  return [...byType.values()];
}
