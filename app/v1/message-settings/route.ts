import { collectionResponse, parseQuery } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";
import { findMessageSettings } from "@/lib/message-settings/find-message-settings";
import { messageSettingResource } from "@/lib/message-settings/resource";

export const GET = apiRoute(async (request, { actor }) => {
  const query = parseQuery(request, messageSettingResource, { collection: true });
  const page = await findMessageSettings(actor, query);
  return collectionResponse(request, messageSettingResource, page, { actor, query });
});
