import { readJson } from "@/lib/auth/read-json";
import { apiRoute } from "@/lib/api/route";
import { registerUser } from "@/lib/users/register-user";
import { registrationResponse, userAttributesFromDocument } from "@/lib/users/resource";
import { registerUserSchema } from "@/lib/users/schemas";

/** Sign-up. The answer does not say whether the address had an account (see registrationResponse). */
export const POST = apiRoute(
  async (request) => {
    const input = registerUserSchema.parse(userAttributesFromDocument(await readJson(request)));
    await registerUser(input);
    return registrationResponse();
  },
  { actor: false },
);
