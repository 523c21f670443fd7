import http from "node:http";
import https from "node:https";

/**
 * Makes this server append the address of the connected peer to `X-Forwarded-For` of every
 * request, as a proxy does, before Next.js sees it. Next.js only fills that header when it is
 * missing, so without this a client could write any address there, and route handlers (which
 * never see the socket) could not tell. lib/auth/client-ip.ts reads the list from the right.
 *
 * Installed from instrumentation.ts, which Next.js runs in the server process before it serves
 * requests; patching the prototypes reaches the server however Next.js created it.
 */
const INSTALLED = Symbol.for("open-event.peer-address");

type Emit = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;

export function appendPeerAddresses(): void {
  for (const prototype of [http.Server.prototype, https.Server.prototype] as unknown as Record<PropertyKey, unknown>[]) {
    if (prototype[INSTALLED]) continue;
    const emit = prototype.emit as Emit;
    prototype.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === "request") appendPeerAddress(args[0] as http.IncomingMessage);
      return emit.call(this, event, ...args);
    } satisfies Emit;
    prototype[INSTALLED] = true;
  }
}

export function appendPeerAddress(request: http.IncomingMessage): void {
  // A socket closed before the request was handled has no address; "unknown" still keeps the
  // client's own entries from being taken for the peer.
  const peer = request.socket?.remoteAddress ?? "unknown";
  const forwarded = request.headers["x-forwarded-for"];
  request.headers["x-forwarded-for"] = forwarded ? `${forwarded}, ${peer}` : peer;
}
