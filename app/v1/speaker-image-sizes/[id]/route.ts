import { getImageSizesById } from "@/lib/image-sizes/get-image-sizes";
import { speakerImageSizeResource } from "@/lib/image-sizes/resource";
import { updateSpeakerImageSizesSchema } from "@/lib/image-sizes/schemas";
import { requireImageSizesAdmin, updateImageSizes } from "@/lib/image-sizes/update-image-sizes";
import { parseQuery, parseResourceBody, resourceResponse } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";

type Params = { id: string };

/** /v1/speaker-image-sizes/{id}: the same singleton by its id (Open Event serves both paths). */
export const GET = apiRoute<Params>(async (request, { params: { id }, actor }) => {
  const query = parseQuery(request, speakerImageSizeResource);
  return resourceResponse(speakerImageSizeResource, await getImageSizesById("speaker", id), { actor, query });
});

export const PATCH = apiRoute<Params>(async (request, { params: { id }, actor }) => {
  requireImageSizesAdmin(actor);
  const query = parseQuery(request, speakerImageSizeResource);
  const body = await parseResourceBody(request, speakerImageSizeResource, updateSpeakerImageSizesSchema);
  const sizes = await updateImageSizes(actor, "speaker", body.input, { urlId: id, expectedId: body.id });
  return resourceResponse(speakerImageSizeResource, sizes, { actor, query });
});
