import { confirmEmail } from "@/lib/account/confirm-email";
import { authRoute, inOesBody, readOesData } from "@/lib/account/oes-body";
import { confirmEmailSchema } from "@/lib/account/schemas";
import { jsonResponse } from "@/lib/jsonapi/route";

const NAMES = { token: "token" };

/**
 * `{"data": {"token"}}` → `{"message": "Email Verified"}`. The token is the one of the link this
 * app mails (`/confirm-email?token=…`), not Open Event's itsdangerous token; a link used once
 * before still answers 200 (mail scanners open links first).
 */
export const POST = authRoute(async (request) => {
  const { token } = await readOesData(request, confirmEmailSchema, NAMES);
  await inOesBody(NAMES, () => confirmEmail(token));
  return jsonResponse({ message: "Email Verified" });
});
