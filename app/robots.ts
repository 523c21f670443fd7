import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { siteOrigin } from "@/lib/feeds/site-origin";

export const dynamic = "force-dynamic";

/** `/robots.txt`: the public site is open to crawlers; dashboards, the API and embeds are not worth their time. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = siteOrigin(await headers());
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/events", "/admin", "/account", "/calendar", "/my-sessions", "/notifications", "/v1/", "/api/", "/e/*/schedule/embed", "/e/*/propose"] },
    sitemap: `${origin}/sitemap.xml`,
  };
}
