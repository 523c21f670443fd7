import { getImageSizes } from "@/lib/image-sizes/get-image-sizes";
import { speakerImageSizeResource } from "@/lib/image-sizes/resource";
import { updateSpeakerImageSizesSchema } from "@/lib/image-sizes/schemas";
import { requireImageSizesAdmin, updateImageSizes } from "@/lib/image-sizes/update-image-sizes";
import { parseQuery, parseResourceBody, resourceResponse } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";

/** The speaker image sizes singleton (Open Event's path): anyone may read, admins may change. */
export const GET = apiRoute(async (request, { actor }) => {
  const query = parseQuery(request, speakerImageSizeResource);
  return resourceResponse(speakerImageSizeResource, await getImageSizes("speaker"), { actor, query });
});

export const PATCH = apiRoute(async (request, { actor }) => {
  // Before reading the body, so that a refused caller learns nothing from validation errors.
  requireImageSizesAdmin(actor);
  const query = parseQuery(request, speakerImageSizeResource);
  const body = await parseResourceBody(request, speakerImageSizeResource, updateSpeakerImageSizesSchema);
  const sizes = await updateImageSizes(actor, "speaker", body.input, { expectedId: body.id });
  return resourceResponse(speakerImageSizeResource, sizes, { actor, query });
});
