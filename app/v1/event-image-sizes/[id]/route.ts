import { getImageSizesById } from "@/lib/image-sizes/get-image-sizes";
import { eventImageSizeResource } from "@/lib/image-sizes/resource";
import { updateEventImageSizesSchema } from "@/lib/image-sizes/schemas";
import { requireImageSizesAdmin, updateImageSizes } from "@/lib/image-sizes/update-image-sizes";
import { parseQuery, parseResourceBody, resourceResponse } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";

type Params = { id: string };

/** /v1/event-image-sizes/{id}: the same singleton by its id (Open Event serves both paths). */
export const GET = apiRoute<Params>(async (request, { params: { id }, actor }) => {
  const query = parseQuery(request, eventImageSizeResource);
  return resourceResponse(eventImageSizeResource, await getImageSizesById("event", id), { actor, query });
});

export const PATCH = apiRoute<Params>(async (request, { params: { id }, actor }) => {
  requireImageSizesAdmin(actor);
  const query = parseQuery(request, eventImageSizeResource);
  const body = await parseResourceBody(request, eventImageSizeResource, updateEventImageSizesSchema);
  const sizes = await updateImageSizes(actor, "event", body.input, { urlId: id, expectedId: body.id });
  return resourceResponse(eventImageSizeResource, sizes, { actor, query });
});
