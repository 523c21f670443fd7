import { apiRoute } from "../api/route";
import { parseResourceBody } from "../jsonapi/body";
import { parseQuery } from "../jsonapi/query";
import { resourceResponse } from "../jsonapi/response";
import { getImageSizes, getImageSizesById } from "./get-image-sizes";
import { eventImageSizeResource, speakerImageSizeResource } from "./resource";
import { updateEventImageSizesSchema, updateSpeakerImageSizesSchema, type ImageSizeKind } from "./schemas";
import { requireImageSizesAdmin, updateImageSizes } from "./update-image-sizes";

const DECLARATIONS = {
  event: { resource: eventImageSizeResource, schema: updateEventImageSizesSchema },
  speaker: { resource: speakerImageSizeResource, schema: updateSpeakerImageSizesSchema },
} as const;

/**
 * The handlers of an image sizes singleton at both of Open Event's paths, each route file one
 * line: `/v1/<type>-image-sizes` and `/v1/<type>-image-sizes/{id}` (where `id` must name the row).
 * Anyone may read them; only admins change them.
 */
export function imageSizesRoutes(type: ImageSizeKind) {
  const { resource, schema } = DECLARATIONS[type];
  return {
    GET: apiRoute<{ id?: string }>(async (request, { params: { id }, actor }) => {
      const query = parseQuery(request, resource);
      const sizes = id === undefined ? await getImageSizes(type) : await getImageSizesById(type, id);
      return resourceResponse(resource, sizes, { actor, query });
    }),
    PATCH: apiRoute<{ id?: string }>(async (request, { params: { id }, actor }) => {
      // Before reading the body, so that a refused caller learns nothing from validation errors.
      requireImageSizesAdmin(actor);
      const query = parseQuery(request, resource);
      const body = await parseResourceBody(request, resource, schema);
      const sizes = await updateImageSizes(actor, type, body.input, { urlId: id, expectedId: body.id });
      return resourceResponse(resource, sizes, { actor, query });
    }),
  };
}
