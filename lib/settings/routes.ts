import { apiRoute } from "../api/route";
import { parseResourceBody } from "../jsonapi/body";
import { parseQuery } from "../jsonapi/query";
import { resourceResponse } from "../jsonapi/response";
import { settingResource } from "./resource";
import { updateSettingsSchema } from "./schemas";
import { getSettings, getSettingsById, requireSettingsAdmin, updateSettings } from "./settings";

/**
 * The settings singleton at both of Open Event's paths, /v1/settings and /v1/settings/{id}
 * (each route file one line). `cache=true` and `public=true`, which Open Event's frontend sends,
 * are accepted query parameters (lib/jsonapi/query.ts).
 */
export const settingsRoutes = {
  GET: apiRoute<{ id?: string }>(async (request, { params: { id }, actor }) => {
    const query = parseQuery(request, settingResource);
    const settings = id === undefined ? await getSettings() : await getSettingsById(id);
    return resourceResponse(settingResource, settings, { actor, query });
  }),
  PATCH: apiRoute<{ id?: string }>(async (request, { params: { id }, actor }) => {
    // Before reading the body, so that a refused caller learns nothing from validation errors.
    requireSettingsAdmin(actor);
    const query = parseQuery(request, settingResource);
    const body = await parseResourceBody(request, settingResource, updateSettingsSchema);
    const settings = await updateSettings(actor, body.input, { urlId: id, expectedId: body.id });
    return resourceResponse(settingResource, settings, { actor, query });
  }),
};
