import { AppError } from "@/lib/errors";
import { collectionResponse, parseQuery } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";
import { findNotifications } from "@/lib/notifications/find-notifications";
import { notificationResource } from "@/lib/notifications/resource";

export const GET = apiRoute(async (request, { actor }) => {
  const query = parseQuery(request, notificationResource, { collection: true });
  const page = await findNotifications(actor, query);
  return collectionResponse(request, notificationResource, page, { actor, query });
});

/** Notifications come from the app's own actions only (Open Event Server has no POST either). */
export const POST = apiRoute(async () => {
  throw new AppError("METHOD_NOT_ALLOWED", "Notifications cannot be created through the API");
});
