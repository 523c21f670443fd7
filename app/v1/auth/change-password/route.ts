import { changePassword } from "@/lib/account/change-password";
import { getAccountSummary } from "@/lib/account/get-account-summary";
import { authRoute, inOesBody, readOesData, requireSignedIn } from "@/lib/account/oes-body";
import { changePasswordSchema } from "@/lib/account/schemas";
import { signApiToken } from "@/lib/auth/api-token";
import { jsonResponse } from "@/lib/jsonapi/route";

const NAMES = { currentPassword: "old-password", password: "new-password", passwordConfirmation: "new-password" };

/**
 * Open Event's password change: `{"data": {"old-password", "new-password"}}` →
 * `{"id", "email", "name", "password-changed": true}`. The change retires every token and session
 * issued before it, the caller's too, so the answer also carries a new `access_token`.
 */
export const POST = authRoute(async (request, { actor: caller }) => {
  const actor = requireSignedIn(caller);
  const input = await readOesData(request, changePasswordSchema, NAMES);
  await inOesBody(NAMES, () => changePassword(actor, input));
  const summary = await getAccountSummary(actor.id);
  return jsonResponse({ ...summary, "password-changed": true, access_token: await signApiToken({ id: actor.id }) });
});
