import { deletedResponse, parseQuery, parseResourceBody, resourceResponse } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";
import { deleteNotification } from "@/lib/notifications/delete-notification";
import { getNotification } from "@/lib/notifications/get-notification";
import { notificationResource } from "@/lib/notifications/resource";
import { updateNotificationSchema } from "@/lib/notifications/schemas";
import { updateNotification } from "@/lib/notifications/update-notification";

type Params = { id: string };

export const GET = apiRoute<Params>(async (request, { params: { id }, actor }) => {
  const query = parseQuery(request, notificationResource);
  const notification = await getNotification(actor, id, { include: query.include });
  return resourceResponse(notificationResource, notification, { actor, query });
});

export const PATCH = apiRoute<Params>(async (request, { params: { id }, actor }) => {
  const query = parseQuery(request, notificationResource);
  const body = await parseResourceBody(request, notificationResource, updateNotificationSchema);
  const notification = await updateNotification(actor, id, body.input, { include: query.include, expectedId: body.id });
  return resourceResponse(notificationResource, notification, { actor, query });
});

export const DELETE = apiRoute<Params>(async (request, { params: { id }, actor }) => {
  parseQuery(request, notificationResource);
  await deleteNotification(actor, id);
  return deletedResponse();
});
