import { getAccountSummary } from "@/lib/account/get-account-summary";
import { authRoute, inOesBody, readOesData } from "@/lib/account/oes-body";
import { limitMailRequest } from "@/lib/account/request-limits";
import { requestPasswordReset } from "@/lib/account/request-password-reset";
import { resetPassword } from "@/lib/account/reset-password";
import { forgotPasswordSchema, resetPasswordSchema } from "@/lib/account/schemas";
import { clientIp } from "@/lib/auth/client-ip";
import { jsonResponse } from "@/lib/jsonapi/route";

/** Open Event's wording: the same answer whether or not the address has an account. */
const RESET_REQUESTED = "If your email was registered with us, you'll get an email with reset link shortly";

/** `{"data": {"email"}}`: mails a reset link to an account with this address (rate limited). */
export const POST = authRoute(async (request) => {
  const input = await readOesData(request, forgotPasswordSchema, { email: "email" });
  await limitMailRequest("password-reset", { email: input.email, ip: clientIp(request.headers) });
  await requestPasswordReset(input);
  return jsonResponse({ message: RESET_REQUESTED, email: input.email });
});

const RESET_NAMES = { token: "token", password: "password", passwordConfirmation: "password" };

/** `{"data": {"token", "password"}}` with the mailed link's token → `{"id", "email", "name"}`. */
export const PATCH = authRoute(async (request) => {
  const input = await readOesData(request, resetPasswordSchema, RESET_NAMES);
  const userId = await inOesBody(RESET_NAMES, () => resetPassword(input));
  return jsonResponse(await getAccountSummary(userId));
});
