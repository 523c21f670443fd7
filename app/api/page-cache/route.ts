import { servePublicPage } from "@/lib/public/page-cache";

/** Public pages for signed-out visitors, as proxy.ts sends them here (lib/public/page-cache.ts). */
export function GET(request: Request): Promise<Response> {
  return servePublicPage(request);
}
