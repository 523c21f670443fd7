import path from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { parseResourceBody } from "../jsonapi/body";
import { mapError } from "../jsonapi/errors";
import { attributeName, relationshipName, type AnyResource } from "../jsonapi/resource";
import type { AppFacts, OurResource, OurRoute } from "../oes/matrix";
import { oesTypes } from "../oes/reference";
import { declaredResources, ROOT, routes } from "./v1-routes";

/**
 * What the app declares and serves, read for the compatibility matrix of lib/oes (by
 * lib/oes/compat.test.ts only: it imports the route modules under app/, which load under vitest as
 * they do in the app). Each fact is gathered in one small function, so a change in how resources
 * are declared or registered is adapted here and nowhere else.
 */

/** Every JSON:API resource of the app, with its member names as documents spell them. */
export async function ourResources(): Promise<{ resource: AnyResource; facts: OurResource }[]> {
  return (await declaredResources()).map((resource) => ({
    resource,
    facts: {
      type: resource.type,
      attributes: new Map(Object.entries(resource.attributes).map(([key, def]) => [attributeName(key, def), { writable: def.writable === true }])),
      relationships: new Map(
        Object.entries(resource.relationships ?? {}).map(([key, def]) => [
          relationshipName(key, def),
          { writable: def.foreignKey !== undefined && !def.many, includable: def.includable !== false },
        ]),
      ),
    },
  }));
}

const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every route file under app/ (the App Router's view of them) with the methods its module exports. */
export async function ourRoutes(): Promise<OurRoute[]> {
  const found: OurRoute[] = [];
  for (const route of routes(path.join(ROOT, "app"))) {
    const exported = (await import(pathToFileURL(path.join(ROOT, route.file)).href)) as Record<string, unknown>;
    found.push({ ...route, methods: new Set(HTTP_METHODS.filter((method) => typeof exported[method] === "function")) });
  }
  return found;
}

/**
 * Whether the shared body parser lets a PATCH carry this attribute: a document holding only it
 * (as null) is parsed for the resource with a schema that takes anything, so only the parser's
 * own rule about member names can refuse it.
 */
async function bodyAccepts(resource: AnyResource, name: string): Promise<boolean> {
  const document = { data: { type: resource.type, id: "1", attributes: { [name]: null } } };
  const request = new Request("http://localhost/v1/matrix", {
    method: "PATCH",
    headers: { "content-type": "application/vnd.api+json" },
    body: JSON.stringify(document),
  });
  try {
    await parseResourceBody(request, resource, z.unknown());
    return true;
  } catch (error) {
    const { status, errors } = mapError(error);
    if (status === 422 && errors.some((object) => object.source?.pointer === `/data/attributes/${name}`)) return false;
    throw error;
  }
}

/** Everything lib/oes/matrix.ts derives the matrix from. */
export async function appFacts(): Promise<AppFacts> {
  const resources = await ourResources();
  const accepted = new Set<string>();
  for (const { resource, facts } of resources) {
    for (const name of Object.keys(oesTypes()[resource.type]?.attributes ?? {})) {
      if (!facts.attributes.has(name) && (await bodyAccepts(resource, name))) accepted.add(`${resource.type} ${name}`);
    }
  }
  return {
    resources: resources.map(({ facts }) => facts),
    routes: await ourRoutes(),
    acceptsUndeclared: (type, name) => accepted.has(`${type} ${name}`),
  };
}
