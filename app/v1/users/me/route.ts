import { getActor } from "@/lib/auth/get-actor";
import { apiRoute } from "@/lib/api/route";
import { getCurrentUser } from "@/lib/users/get-user";
import { userResponse } from "@/lib/users/resource";

export const GET = apiRoute(async (request) => {
  const user = await getCurrentUser(await getActor(request));
  return userResponse(user, { self: "/v1/users/me" });
});
