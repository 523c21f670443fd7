import type { Actor } from "../auth/actor";
import { JSONAPI_MEDIA_TYPE } from "./errors";
import { checkWholeCollection, type ParsedQuery } from "./query";
import type { AnyResource } from "./resource";
import { collectionDocument, JSONAPI_VERSION, resourceDocument, resourcePath } from "./serialize";

/** Responses of /v1 handlers: a document, the media type, and for creations a Location. */

export function documentResponse(document: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(document), {
    ...init,
    headers: { "content-type": JSONAPI_MEDIA_TYPE, ...(init.headers ?? {}) },
  });
}

interface ResponseOptions {
  actor: Actor;
  query: Pick<ParsedQuery, "include" | "fields">;
}

export function resourceResponse(
  resource: AnyResource,
  record: unknown,
  options: ResponseOptions & { status?: 200 | 201 },
): Response {
  const document = resourceDocument(resource, record, {
    actor: options.actor,
    include: options.query.include,
    fields: options.query.fields,
  });
  const created = options.status === 201;
  return documentResponse(document, {
    status: options.status ?? 200,
    // Relative like every link in the documents (RFC 9110 allows a relative Location).
    headers: created ? { location: resourcePath(resource, document.data.id) } : {},
  });
}

export function collectionResponse(
  request: Request,
  resource: AnyResource,
  page: { items: readonly unknown[]; count: number },
  options: ResponseOptions & { query: ParsedQuery },
): Response {
  checkWholeCollection(options.query, page.count);
  return documentResponse(
    collectionDocument(resource, page.items, {
      actor: options.actor,
      include: options.query.include,
      fields: options.query.fields,
      url: request.url,
      count: page.count,
      page: options.query.page,
    }),
  );
}

/** Open Event Server answers a DELETE with 200 and this meta document; its clients expect it. */
export function deletedResponse(): Response {
  return documentResponse({ meta: { message: "Object successfully deleted" }, jsonapi: JSONAPI_VERSION });
}
