import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/jsonapi/route";
import { UPLOAD_LIMITS } from "@/lib/uploads/limits";
import { receiveMultipartFiles } from "@/lib/uploads/receive-multipart";
import { parseUploadQuery } from "@/lib/uploads/schemas";
import { requireUploader, uploadFiles } from "@/lib/uploads/upload-files";

/** Open Event's `POST /v1/upload/files`: multipart `file` → `{url}`, or `files[]` → `{url: [...]}`. */
export const POST = apiRoute(async (request, { actor }) => {
  // Before the body is read: an anonymous caller never gets to send 100 MB.
  requireUploader(actor);
  const { forceLocal } = parseUploadQuery(request);
  const files = await receiveMultipartFiles(request, {
    fields: ["file", "files[]", "files"],
    maxFiles: UPLOAD_LIMITS.maxFiles,
    maxFileBytes: UPLOAD_LIMITS.maxFileBytes,
    maxTotalBytes: UPLOAD_LIMITS.maxRequestBytes,
    parameter: "file",
    hint: "Send the file as multipart/form-data with a `file` field (or several as `files[]`)",
  });
  const urls = await uploadFiles(actor, files, { forceLocal });
  const single = files.length === 1 && files[0]!.field === "file";
  return jsonResponse({ url: single ? urls[0] : urls });
});
