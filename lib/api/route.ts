import { errorResponse } from "../jsonapi/errors";
// For its effect: every resource is registered before any handler made here runs.
import "./resources";

export interface RouteContext<P extends Record<string, string> = Record<string, string>> {
  params: Promise<P>;
}

const NO_PARAMS = Promise.resolve({});

/**
 * Wraps a /v1 route handler so that every thrown error goes through the one error mapper.
 * Handlers stay thin: parse, call one service, serialize.
 *
 * Next.js hands the handler of a route without dynamic segments `{ params: undefined }`, not a
 * promise of `{}`; handlers shared by both kinds of route (a taxonomy collection at the top level
 * and under its parent) read `params` either way, so it is always a promise here.
 */
export function apiRoute<P extends Record<string, string> = Record<string, string>>(
  handler: (request: Request, context: RouteContext<P>) => Promise<Response>,
): (request: Request, context: RouteContext<P>) => Promise<Response> {
  return async (request, context) => {
    try {
      return await handler(request, { ...context, params: context?.params ?? (NO_PARAMS as Promise<P>) });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
