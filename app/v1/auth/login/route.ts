import { clientIp } from "@/lib/auth/client-ip";
import { signApiToken } from "@/lib/auth/api-token";
import { login } from "@/lib/auth/login";
import { readJson } from "@/lib/auth/read-json";
import { apiLoginSchema } from "@/lib/auth/schemas";
import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/jsonapi/route";

/**
 * Open Event's token endpoint: a plain `{email, password}` body (not JSON:API), so validation
 * pointers are `/email` and `/password`; Open Event's frontend sends the address as `username`
 * and posts to `/auth/session`, which is this same handler.
 */
export const POST = apiRoute(
  async (request) => {
    const input = apiLoginSchema.parse(await readJson(request));
    const user = await login({ ...input, ip: clientIp(request.headers) });
    return jsonResponse({ access_token: await signApiToken(user) });
  },
  { pointerBase: "", actor: false },
);
