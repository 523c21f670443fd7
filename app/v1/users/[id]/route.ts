import { getActor } from "@/lib/auth/get-actor";
import { AppError } from "@/lib/errors";
import { apiRoute } from "@/lib/jsonapi/route";
import { getUser } from "@/lib/users/get-user";
import { userResponse } from "@/lib/users/resource";

export const GET = apiRoute<{ id: string }>(async (request, { params }) => {
  const { id } = await params;
  const userId = Number(id);
  if (!/^\d+$/.test(id) || !Number.isSafeInteger(userId)) throw new AppError("NOT_FOUND", "User not found");
  const actor = await getActor(request);
  return userResponse(await getUser(actor, userId), { actor });
});
