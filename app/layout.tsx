import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { StarMerge } from "@/components/public/star-merge";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getSessionActor } from "@/lib/auth/session";
import { EMBED_HEADER } from "@/lib/security/headers";
// For its effect: every page below renders data its services load through the resource declarations.
import "@/lib/api/resources";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Open Event", template: "%s · Open Event" },
  description: "Run conferences and meetups: events, sessions, speakers and schedules.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // An embed (framed by another site) is the page alone: no header, sign-in or footer.
  if ((await headers()).get(EMBED_HEADER) === "1") {
    return (
      <html lang="en">
        <body>
          <main id="main" className="p-3">
            {children}
          </main>
        </body>
      </html>
    );
  }
  const actor = await getSessionActor();
  return (
    <html lang="en">
      <body className="flex min-h-dvh flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:shadow"
        >
          Skip to content
        </a>
        {/* Inside the providers: the header's notification bell uses react-query. */}
        <Providers>
          <SiteHeader actor={actor} />
          <StarMerge signedIn={Boolean(actor)} />
          <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
            {children}
          </main>
        </Providers>
        <SiteFooter />
      </body>
    </html>
  );
}
