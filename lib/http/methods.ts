import { AppError } from "../errors";
import { mapError } from "../jsonapi/errors";

/**
 * The request methods this application serves. Next.js routes each of them to a handler (a
 * route without one answers 405 itself); any other method — TRACE above all — is refused
 * before Next.js sees it (see method-guard.ts for why it has to be that early).
 */
export const SERVED_METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"] as const;

const SERVED: ReadonlySet<string> = new Set(SERVED_METHODS);
const ALLOW = SERVED_METHODS.join(", ");

export interface MethodRefusal {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * The answer to a request whose method the application does not serve, or undefined for a
 * served one. 405 with `Allow` (RFC 9110 §15.5.6) rather than 501, which would read as a fault
 * of the server; under `/v1` the body is a JSON:API error document like every other error there.
 */
export function refuseMethod(method: string | undefined, url: string | undefined): MethodRefusal | undefined {
  const name = (method ?? "").toUpperCase();
  if (SERVED.has(name)) return undefined;
  const headers = { allow: ALLOW, "cache-control": "no-store", "x-content-type-options": "nosniff" };
  const path = (url ?? "/").split("?")[0] ?? "/";
  if (path === "/v1" || path.startsWith("/v1/")) {
    const { status, errors } = mapError(new AppError("METHOD_NOT_ALLOWED", `The ${safe(name)} method is not supported`));
    return {
      status,
      headers: { ...headers, "content-type": "application/vnd.api+json" },
      body: JSON.stringify({ errors, jsonapi: { version: "1.1" } }),
    };
  }
  return { status: 405, headers: { ...headers, "content-type": "text/plain; charset=utf-8" }, body: "Method not allowed\n" };
}

/** Method tokens are ASCII letters in practice; anything else is not echoed back. */
const safe = (name: string) => (/^[A-Z-]{1,20}$/.test(name) ? name : "request");
