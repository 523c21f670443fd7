import { getActor } from "@/lib/auth/get-actor";
import { collectionResponse, parseQuery } from "@/lib/jsonapi";
import { rowIdOrNotFound } from "@/lib/jsonapi/input";
import { apiRoute } from "@/lib/api/route";
import { findNotifications } from "@/lib/notifications/find-notifications";
import { notificationResource } from "@/lib/notifications/resource";

export const GET = apiRoute<{ id: string }>(async (request, { params }) => {
  const { id } = await params;
  const userId = rowIdOrNotFound(id, "User");
  const actor = await getActor(request);
  const query = parseQuery(request, notificationResource, { collection: true });
  const page = await findNotifications(actor, { ...query, userId });
  return collectionResponse(request, notificationResource, page, { actor, query });
});
