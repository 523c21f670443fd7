import { errorResponse } from "@/lib/jsonapi/errors";
import { getUpload } from "@/lib/uploads/get-upload";

/**
 * Uploaded files on the embedded store (`/uploads/<key>`). Keys name immutable files, so they
 * are cached for a year; `nosniff` and a sandboxing CSP keep a browser from running anything
 * in them.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }): Promise<Response> {
  let file;
  try {
    file = await getUpload((await params).key.join("/"));
  } catch (error) {
    return errorResponse(error);
  }
  return new Response(file.bytes as BodyInit, {
    headers: {
      "content-type": file.contentType,
      "content-length": String(file.bytes.length),
      "content-disposition": `${file.inline ? "inline" : "attachment"}; filename="${file.fileName}"`,
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}
