import { readJson } from "@/lib/auth/read-json";
import { apiRoute } from "@/lib/api/route";
import { parseQuery } from "@/lib/jsonapi/query";
import { collectionResponse } from "@/lib/jsonapi/response";
import { registerUser } from "@/lib/users/register-user";
import { registrationResponse, userAttributesFromDocument, userResource } from "@/lib/users/resource";
import { registerUserSchema } from "@/lib/users/schemas";

/** Every account, for admins (filter, sort, page; `deleted-at` in a filter lists deleted ones). */
export const GET = apiRoute(async (request, { actor }) => {
  const query = parseQuery(request, userResource, { collection: true });
  const page = await userResource.list!(actor, query, undefined);
  return collectionResponse(request, userResource, page, { actor, query });
});

/** Sign-up. The answer does not say whether the address had an account (see registrationResponse). */
export const POST = apiRoute(
  async (request) => {
    const input = registerUserSchema.parse(userAttributesFromDocument(await readJson(request)));
    await registerUser(input);
    return registrationResponse();
  },
  { actor: false },
);
