import { errorResponse } from "./errors";

export interface RouteContext<P extends Record<string, string> = Record<string, string>> {
  params: Promise<P>;
}

/**
 * Wraps a /v1 route handler so that every thrown error goes through the one error mapper.
 * Handlers stay thin: parse, call one service, serialize.
 */
export function apiRoute<P extends Record<string, string> = Record<string, string>>(
  handler: (request: Request, context: RouteContext<P>) => Promise<Response>,
): (request: Request, context: RouteContext<P>) => Promise<Response> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** JSON body that is not JSON:API (login tokens, task states), with the same error handling. */
export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    ...init,
    headers: { "content-type": "application/json", ...(init.headers ?? {}) },
  });
}
