import { getActor } from "@/lib/auth/get-actor";
import { AppError } from "@/lib/errors";
import { collectionResponse, parseQuery } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/jsonapi/route";
import { findNotifications } from "@/lib/notifications/find-notifications";
import { notificationResource } from "@/lib/notifications/resources";

export const GET = apiRoute<{ id: string }>(async (request, { params }) => {
  const { id } = await params;
  if (!/^\d{1,10}$/.test(id)) throw new AppError("NOT_FOUND", "User not found");
  const actor = await getActor(request);
  const query = parseQuery(request, notificationResource, { collection: true });
  const page = await findNotifications(actor, { ...query, userId: Number(id) });
  return collectionResponse(request, notificationResource, page, { actor, query });
});
