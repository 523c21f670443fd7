import { receiveZipUpload } from "@/lib/import/receive-upload";
import { assertCanImport, startImport } from "@/lib/import/start-import";
import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/jsonapi/route";

/** Open Event's `POST /v1/events/import/json`: multipart `file` (a .zip) → `{ task_url }`. */
export const POST = apiRoute(async (request, { actor }) => {
  // Checked before the body is read: an anonymous caller never gets to upload 50 MB.
  assertCanImport(actor);
  const upload = await receiveZipUpload(request);
  const { taskUrl } = await startImport(actor, upload);
  return jsonResponse({ task_url: taskUrl });
});
