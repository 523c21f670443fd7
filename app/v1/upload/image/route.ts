import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/jsonapi/route";
import { receiveImageUpload } from "@/lib/uploads/receive-image";
import { parseUploadQuery } from "@/lib/uploads/schemas";
import { requireUploader } from "@/lib/uploads/upload-files";
import { uploadImage } from "@/lib/uploads/upload-image";

/** Open Event's `POST /v1/upload/image`: JSON `{data: "data:image/…;base64,…"}` or multipart `file` → `{url}`. */
export const POST = apiRoute(async (request, { actor }) => {
  requireUploader(actor);
  const { forceLocal } = parseUploadQuery(request);
  const { bytes, source } = await receiveImageUpload(request);
  return jsonResponse({ url: await uploadImage(actor, bytes, { forceLocal, source }) });
});
