import { env } from "../env";

// A host header is attacker-controlled text; only a plain host[:port] is used in links.
const HOST = /^[a-z0-9.-]+(?::\d{1,5})?$|^\[[0-9a-f:.]+\](?::\d{1,5})?$/i;

const first = (value: string | null) => value?.split(",")[0]?.trim() || null;

/**
 * The origin the visitor reached the site on, for absolute feed links (a calendar app needs a
 * full URL): the proxy's `X-Forwarded-Host`/`-Proto` or `Host`, else `APP_URL`. The scheme
 * falls back to APP_URL's so that a TLS-terminating proxy without `X-Forwarded-Proto` still
 * gives https when APP_URL says so.
 */
export function siteOrigin(headers: Headers): string {
  const app = new URL(env().APP_URL);
  const host = first(headers.get("x-forwarded-host")) ?? first(headers.get("host"));
  if (!host || !HOST.test(host)) return app.origin;
  const proto = first(headers.get("x-forwarded-proto"));
  const scheme = proto === "http" || proto === "https" ? proto : app.protocol.replace(/:$/, "");
  return `${scheme}://${host.toLowerCase()}`;
}
