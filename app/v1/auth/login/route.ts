import { clientIp } from "@/lib/auth/client-ip";
import { signApiToken } from "@/lib/auth/api-token";
import { login, LoginRateLimitError } from "@/lib/auth/login";
import { readJson } from "@/lib/auth/read-json";
import { apiLoginSchema } from "@/lib/auth/schemas";
import { errorResponse } from "@/lib/jsonapi/errors";
import { jsonResponse } from "@/lib/jsonapi/route";

/**
 * Open Event's token endpoint: a plain `{email, password}` body (not JSON:API), so validation
 * pointers are `/email` and `/password`; Open Event's frontend sends the address as `username`
 * and posts to `/auth/session`, which is this same handler.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    const input = apiLoginSchema.parse(await readJson(request));
    const user = await login({ ...input, ip: clientIp(request.headers) });
    return jsonResponse({ access_token: await signApiToken(user) });
  } catch (error) {
    const response = errorResponse(error, { pointerBase: "" });
    if (error instanceof LoginRateLimitError) response.headers.set("retry-after", String(error.retryAfterSeconds));
    return response;
  }
}
