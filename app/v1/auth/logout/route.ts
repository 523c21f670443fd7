import { apiRoute } from "@/lib/api/route";
import { sessionCookieDeletions } from "@/lib/auth/session-cookie";

/**
 * Open Event's logout: `{"success": true}`, and a browser that sent its session cookie is signed
 * out. API tokens are not stored, so one stays valid until it expires (as in Open Event); a
 * password change retires them all.
 */
export const POST = apiRoute(
  async (request) => {
    const headers = new Headers({ "content-type": "application/json", "cache-control": "no-store" });
    for (const cookie of sessionCookieDeletions(request.headers.get("cookie") ?? "")) headers.append("set-cookie", cookie);
    return new Response(JSON.stringify({ success: true }), { headers });
  },
  { actor: false },
);
