import { rowIdOrNotFound } from "@/lib/jsonapi/input";
import { apiRoute } from "@/lib/api/route";
import { getUser } from "@/lib/users/get-user";
import { userResponse } from "@/lib/users/resource";

export const GET = apiRoute<{ id: string }>(async (_request, { params: { id }, actor }) => {
  const userId = rowIdOrNotFound(id, "User");
  return userResponse(await getUser(actor, userId), { actor });
});
