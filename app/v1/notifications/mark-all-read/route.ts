import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/jsonapi/route";
import { markAllNotificationsRead } from "@/lib/notifications/mark-all-notifications-read";

/** Not part of Open Event's API: one request for the bell's "Mark all read". */
export const POST = apiRoute(async (_request, { actor }) => {
  const result = await markAllNotificationsRead(actor);
  return jsonResponse(result);
});
