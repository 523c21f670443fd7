import { readJson } from "@/lib/auth/read-json";
import { apiRoute } from "@/lib/jsonapi/route";
import { registerUser } from "@/lib/users/register-user";
import { userAttributesFromDocument, userResponse } from "@/lib/users/resource";
import { registerUserSchema } from "@/lib/users/schemas";

export const POST = apiRoute(async (request) => {
  const input = registerUserSchema.parse(userAttributesFromDocument(await readJson(request)));
  return userResponse(await registerUser(input), { status: 201 });
});
