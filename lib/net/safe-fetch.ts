import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { publicAddressPolicy, type AddressPolicy } from "./address-policy";
import {
  HttpStatusError,
  NetworkError,
  RefusedAddressError,
  SafeFetchError,
  TimeoutError,
  TooLargeError,
  TooManyRedirectsError,
  UnsupportedContentTypeError,
  UnsupportedUrlError,
} from "./errors";

export * from "./errors";
export { isPublicAddress, publicAddressPolicy, type AddressPolicy } from "./address-policy";

/**
 * GET of a URL somebody else chose (imported media, slide links) without turning the server into
 * a proxy into its own network (SSRF):
 *
 * - only absolute http/https URLs without credentials;
 * - the host is resolved once (`dns.lookup({ all: true })`) and EVERY address must pass the
 *   address policy (a name with one public and one private address is refused);
 * - the connection goes to that vetted address (a `lookup` that answers it, so Node never asks
 *   DNS again): a name that re-resolves to 127.0.0.1 between check and connect (DNS rebinding)
 *   cannot reach it; TLS still verifies the certificate against the host name;
 * - redirects are followed by hand, at most `maxRedirects` (3), each hop checked like the first;
 * - one deadline covers resolution, every hop and the body; the body is counted while it streams
 *   and the download stops as soon as it passes `maxBytes` (a declared Content-Length above the
 *   limit stops it before any byte is read).
 */

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Host name → its addresses; injectable so tests never depend on (or reach) real DNS. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface SafeFetchOptions {
  maxBytes: number;
  timeoutMs: number;
  /** Media types (`image/png`) or families (`image/*`); absent = any. Parameters are ignored. */
  allowedContentTypes?: readonly string[];
  maxRedirects?: number;
  signal?: AbortSignal;
  /** Tests only: where host names point. */
  resolve?: Resolver;
  /** Tests only: which addresses count as reachable (default: public addresses). */
  addressPolicy?: AddressPolicy;
}

export interface SafeFetchResult {
  bytes: Buffer;
  /** The Content-Type header as sent (null when absent); a hint, check the bytes themselves. */
  contentType: string | null;
  /** The URL of the last hop, after redirects. */
  finalUrl: string;
}

const DEFAULT_MAX_REDIRECTS = 3;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = "OpenEvent-MediaFetcher/1.0";

const systemResolver: Resolver = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

export async function safeFetch(input: string | URL, options: SafeFetchOptions): Promise<SafeFetchResult> {
  const originalUrl = String(input);
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const resolve = options.resolve ?? systemResolver;
  const policy = options.addressPolicy ?? publicAddressPolicy;

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const forwardAbort = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) forwardAbort();
  options.signal?.addEventListener("abort", forwardAbort, { once: true });

  try {
    let url = parseUrl(originalUrl);
    for (let redirects = 0; ; redirects += 1) {
      const target = await untilAborted(vet(url, resolve, policy), controller.signal);
      const response = await untilAborted(open(url, target, options, controller.signal), controller.signal);
      const status = response.statusCode ?? 0;

      if (REDIRECT_STATUSES.has(status)) {
        response.destroy();
        const location = response.headers.location;
        if (!location) throw new HttpStatusError(url.href, status);
        if (redirects >= maxRedirects) throw new TooManyRedirectsError(originalUrl, maxRedirects);
        url = parseUrl(location, url);
        continue;
      }
      if (status < 200 || status > 299) {
        response.destroy();
        throw new HttpStatusError(url.href, status);
      }

      const contentType = response.headers["content-type"] ?? null;
      if (options.allowedContentTypes && !isAllowedType(contentType, options.allowedContentTypes)) {
        response.destroy();
        throw new UnsupportedContentTypeError(url.href, contentType);
      }
      const declared = Number(response.headers["content-length"]);
      if (Number.isFinite(declared) && declared > options.maxBytes) {
        response.destroy();
        throw new TooLargeError(url.href, options.maxBytes);
      }
      const bytes = await readLimited(response, options.maxBytes, url.href);
      return { bytes, contentType, finalUrl: url.href };
    }
  } catch (error) {
    // Whatever the abort interrupted (DNS, connect, body) surfaces as its own error; the cause
    // is the deadline.
    if (timedOut) throw new TimeoutError(originalUrl, options.timeoutMs);
    if (controller.signal.aborted && !(error instanceof SafeFetchError)) throw options.signal?.reason ?? error;
    if (error instanceof SafeFetchError) throw error;
    throw new NetworkError(originalUrl, error);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", forwardAbort);
  }
}

function parseUrl(value: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    throw new UnsupportedUrlError(value, "not a valid URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new UnsupportedUrlError(url.href, "only http and https are fetched");
  // Credentials in a URL would be sent to whichever host a redirect names.
  if (url.username || url.password) throw new UnsupportedUrlError(url.href, "URLs with credentials are not fetched");
  return url;
}

/** `[::1]` → `::1`: WHATWG keeps the brackets of IPv6 literals in `hostname`. */
const bareHost = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, "$1");
const portOf = (url: URL) => Number(url.port) || (url.protocol === "https:" ? 443 : 80);

async function vet(url: URL, resolve: Resolver, policy: AddressPolicy): Promise<ResolvedAddress> {
  const host = bareHost(url);
  const port = portOf(url);
  let addresses: ResolvedAddress[];
  const literal = net.isIP(host);
  if (literal) {
    addresses = [{ address: host, family: literal }];
  } else {
    try {
      addresses = await resolve(host);
    } catch (error) {
      throw new NetworkError(url.href, error);
    }
  }
  const first = addresses[0];
  if (!first) throw new NetworkError(url.href, new Error(`${host} has no address`));
  for (const { address } of addresses) {
    if (!policy(address, port)) throw new RefusedAddressError(url.href, address);
  }
  return first;
}

function open(url: URL, target: ResolvedAddress, options: SafeFetchOptions, signal: AbortSignal): Promise<http.IncomingMessage> {
  // Answers the vetted address whatever Node asks (it asks for all addresses when it races IPv4
  // against IPv6), so the connection cannot go anywhere the check did not see.
  const lookup = ((_hostname: string, lookupOptions: dns.LookupOptions, callback: (...args: unknown[]) => void) => {
    if (lookupOptions.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  }) as unknown as net.LookupFunction;
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      {
        protocol: url.protocol,
        hostname: bareHost(url),
        port: portOf(url),
        path: `${url.pathname}${url.search}`,
        method: "GET",
        headers: {
          accept: options.allowedContentTypes?.join(", ") || "*/*",
          // Bytes are counted as they arrive; a compressed body would be inflated past the limit.
          "accept-encoding": "identity",
          "user-agent": USER_AGENT,
        },
        // No pooling: a pooled socket would be reused by host name, not by vetted address.
        agent: false,
        lookup,
        signal,
      },
      resolve,
    );
    request.on("error", reject);
    request.end();
  });
}

/** Rejects as soon as the signal aborts (DNS lookups cannot be cancelled, only abandoned). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Error("aborted"));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error("aborted"));
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

async function readLimited(response: http.IncomingMessage, maxBytes: number, url: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      response.destroy();
      throw new TooLargeError(url, maxBytes);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

function isAllowedType(header: string | null, allowed: readonly string[]): boolean {
  const type = header?.split(";")[0]?.trim().toLowerCase();
  if (!type) return false;
  return allowed.some((entry) => {
    const wanted = entry.toLowerCase();
    return wanted.endsWith("/*") ? type.startsWith(wanted.slice(0, -1)) : type === wanted;
  });
}
