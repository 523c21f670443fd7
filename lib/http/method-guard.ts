import http from "node:http";
import { refuseMethod } from "./methods";

const INSTALLED = Symbol.for("open-event.method-guard");

/**
 * Answers requests whose method the application does not serve (methods.ts) before Next.js
 * handles them.
 *
 * Why at the HTTP server: Next.js turns every request for a route handler, and every request it
 * passes to a root `proxy.ts`, into a WHATWG `Request`, and Node's `Request` refuses TRACE (a
 * method the Fetch standard forbids) with a TypeError, which `next start` answers with a 500
 * before any code of the application runs (CONNECT and TRACK never get past Node's HTTP parser).
 * Pages, meanwhile, render for WebDAV methods such as PROPFIND as if they were GETs. Next.js
 * offers no earlier hook, and `next start` creates the server itself, so the guard wraps the
 * `request` event of Node's HTTP servers in this process (installed from instrumentation.ts).
 */
export function installMethodGuard(): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: boolean };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit;
  proto.emit = function emitGuarded(this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      const refusal = refuseMethod(request.method, request.url);
      if (refusal) {
        response.writeHead(refusal.status, refusal.headers);
        response.end(refusal.body);
        return true;
      }
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof proto.emit;
}
