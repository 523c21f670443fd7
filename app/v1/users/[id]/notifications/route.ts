import { collectionResponse, parseQuery } from "@/lib/jsonapi";
import { rowIdOrNotFound } from "@/lib/jsonapi/input";
import { apiRoute } from "@/lib/api/route";
import { findNotifications } from "@/lib/notifications/find-notifications";
import { notificationResource } from "@/lib/notifications/resource";

export const GET = apiRoute<{ id: string }>(async (request, { params: { id }, actor }) => {
  const userId = rowIdOrNotFound(id, "User");
  const query = parseQuery(request, notificationResource, { collection: true });
  const page = await findNotifications(actor, { ...query, userId });
  return collectionResponse(request, notificationResource, page, { actor, query });
});
