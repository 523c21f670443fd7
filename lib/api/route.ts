import type { Actor } from "../auth/actor";
import { getActor } from "../auth/get-actor";
import { errorResponse } from "../jsonapi/errors";
// For its effect: every resource is registered before any handler made here runs.
import "./resources";

type Params = Record<string, string>;

/** What every /v1 handler is handed, resolved once: the URL's dynamic segments and the caller. */
export interface ApiContext<P extends Params = Params> {
  params: P;
  actor: Actor;
}

/**
 * What Next.js calls. It hands the handler of a route without dynamic segments
 * `{ params: undefined }`, not a promise of `{}`; `apiRoute` reads both.
 */
export type RouteHandler<P extends Params = Params> = (request: Request, context?: { params: Promise<P> }) => Promise<Response>;

interface Options {
  /**
   * Where validation errors of a body point (`pointerBase` of mapError): the default suits
   * JSON:API documents; endpoints with Open Event's plain JSON bodies point at `""`.
   */
  pointerBase?: string;
}

/**
 * Wraps a /v1 route handler: it is handed `params` and the `actor` (the caller of the request:
 * API token, session cookie or anonymous), and every thrown error goes through the one error
 * mapper. Handlers stay thin: parse, call one service with `(actor, input)`, serialize.
 *
 * `{ actor: false }`: the handler is not told the caller and the request's credentials are not
 * looked at, for endpoints whose answer must not depend on them (calendar feeds, which shared
 * caches keep, and sign-up).
 */
export function apiRoute<P extends Params = Params>(
  handler: (request: Request, context: ApiContext<P>) => Promise<Response>,
  options?: Options & { actor?: true },
): RouteHandler<P>;
export function apiRoute<P extends Params = Params>(
  handler: (request: Request, context: { params: P }) => Promise<Response>,
  options: Options & { actor: false },
): RouteHandler<P>;
export function apiRoute<P extends Params = Params>(
  handler: (request: Request, context: ApiContext<P>) => Promise<Response>,
  options: Options & { actor?: boolean } = {},
): RouteHandler<P> {
  return async (request, context) => {
    try {
      const params = ((await context?.params) ?? {}) as P;
      if (options.actor === false) return await handler(request, { params } as ApiContext<P>);
      return await handler(request, { params, actor: await getActor(request) });
    } catch (error) {
      return options.pointerBase === undefined ? errorResponse(error) : errorResponse(error, { pointerBase: options.pointerBase });
    }
  };
}
