import { authRoute, readOesData } from "@/lib/account/oes-body";
import { limitMailRequest } from "@/lib/account/request-limits";
import { resendEmailConfirmation } from "@/lib/account/resend-email-confirmation";
import { forgotPasswordSchema } from "@/lib/account/schemas";
import { clientIp } from "@/lib/auth/client-ip";
import { jsonResponse } from "@/lib/jsonapi/route";

/**
 * `{"data": {"email"}}` → `{"message": "Verification email resent"}` for any address (rate
 * limited): unlike Open Event, an unknown or confirmed address is not told apart.
 */
export const POST = authRoute(async (request) => {
  const input = await readOesData(request, forgotPasswordSchema, { email: "email" });
  await limitMailRequest("email-confirmation", { email: input.email, ip: clientIp(request.headers) });
  await resendEmailConfirmation(input);
  return jsonResponse({ message: "Verification email resent" });
});
