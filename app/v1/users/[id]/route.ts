import { getActor } from "@/lib/auth/get-actor";
import { rowIdOrNotFound } from "@/lib/jsonapi/input";
import { apiRoute } from "@/lib/api/route";
import { getUser } from "@/lib/users/get-user";
import { userResponse } from "@/lib/users/resource";

export const GET = apiRoute<{ id: string }>(async (request, { params }) => {
  const { id } = await params;
  const userId = rowIdOrNotFound(id, "User");
  const actor = await getActor(request);
  return userResponse(await getUser(actor, userId), { actor });
});
