import { authRoute, readAuthJson, requireSignedIn } from "@/lib/account/oes-body";
import { verifyPasswordSchema } from "@/lib/account/schemas";
import { verifyAccountPassword } from "@/lib/account/verify-account-password";
import { clientIp } from "@/lib/auth/client-ip";
import { jsonResponse } from "@/lib/jsonapi/route";

/** `{"password"}` → `{"result": true|false}`: whether it is the signed-in user's (sign-in limits apply). */
export const POST = authRoute(async (request, { actor: caller }) => {
  const actor = requireSignedIn(caller);
  const { password } = verifyPasswordSchema.parse(await readAuthJson(request));
  return jsonResponse({ result: await verifyAccountPassword(actor, { password, ip: clientIp(request.headers) }) });
});
