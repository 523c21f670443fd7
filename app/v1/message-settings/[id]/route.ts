import { parseQuery, parseResourceBody, resourceResponse } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";
import { getMessageSetting } from "@/lib/message-settings/get-message-setting";
import { messageSettingResource } from "@/lib/message-settings/resource";
import { updateMessageSettingSchema } from "@/lib/message-settings/schemas";
import { updateMessageSetting } from "@/lib/message-settings/update-message-setting";

type Params = { id: string };

export const GET = apiRoute<Params>(async (request, { params: { id }, actor }) => {
  const query = parseQuery(request, messageSettingResource);
  return resourceResponse(messageSettingResource, await getMessageSetting(actor, id), { actor, query });
});

export const PATCH = apiRoute<Params>(async (request, { params: { id }, actor }) => {
  const query = parseQuery(request, messageSettingResource);
  const body = await parseResourceBody(request, messageSettingResource, updateMessageSettingSchema);
  const setting = await updateMessageSetting(actor, id, body.input, { expectedId: body.id });
  return resourceResponse(messageSettingResource, setting, { actor, query });
});
