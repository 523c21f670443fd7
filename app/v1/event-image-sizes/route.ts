import { getImageSizes } from "@/lib/image-sizes/get-image-sizes";
import { eventImageSizeResource } from "@/lib/image-sizes/resource";
import { updateEventImageSizesSchema } from "@/lib/image-sizes/schemas";
import { requireImageSizesAdmin, updateImageSizes } from "@/lib/image-sizes/update-image-sizes";
import { parseQuery, parseResourceBody, resourceResponse } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";

/** The event image sizes singleton (Open Event's path): anyone may read, admins may change. */
export const GET = apiRoute(async (request, { actor }) => {
  const query = parseQuery(request, eventImageSizeResource);
  return resourceResponse(eventImageSizeResource, await getImageSizes("event"), { actor, query });
});

export const PATCH = apiRoute(async (request, { actor }) => {
  // Before reading the body, so that a refused caller learns nothing from validation errors.
  requireImageSizesAdmin(actor);
  const query = parseQuery(request, eventImageSizeResource);
  const body = await parseResourceBody(request, eventImageSizeResource, updateEventImageSizesSchema);
  const sizes = await updateImageSizes(actor, "event", body.input, { expectedId: body.id });
  return resourceResponse(eventImageSizeResource, sizes, { actor, query });
});
