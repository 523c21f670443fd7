import { apiRoute } from "@/lib/api/route";
import { getCurrentUser } from "@/lib/users/get-user";
import { userResponse } from "@/lib/users/resource";

export const GET = apiRoute(async (_request, { actor }) => {
  const user = await getCurrentUser(actor);
  return userResponse(user, { self: "/v1/users/me" });
});
