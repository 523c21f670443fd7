import { AppError } from "../errors";
import { fileTooLarge, receiveMultipartFiles } from "./receive-multipart";
import { UPLOAD_LIMITS } from "./limits";
import { imageDataUrlSchema } from "./schemas";

const JSON_TYPE = /^application\/(?:vnd\.api\+)?json\b/i;
const MAX_JSON_BYTES = Math.ceil((UPLOAD_LIMITS.maxImageBytes * 4) / 3) + 4096;

/** A body as text, refused over `limit` bytes before it is read whole. */
async function readBoundedText(request: Request, limit: number, tooLarge: () => AppError): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    await request.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The image of `POST /v1/upload/image`, in either of Open Event's forms: JSON
 * `{"data": "data:image/…;base64,…"}` (errors point at `/data`) or a multipart `file` field.
 */
export async function receiveImageUpload(request: Request): Promise<{ bytes: Uint8Array; source: { pointer?: string; parameter?: string } }> {
  const contentType = request.headers.get("content-type") ?? "";
  if (JSON_TYPE.test(contentType)) {
    const text = await readBoundedText(request, MAX_JSON_BYTES, () => fileTooLarge(UPLOAD_LIMITS.maxImageBytes, "data"));
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new AppError("BAD_REQUEST", "Request body is not valid JSON");
    }
    const parsed = imageDataUrlSchema.safeParse(body);
    if (!parsed.success) {
      throw new AppError("UNPROCESSABLE", parsed.error.issues[0]?.message ?? "Must be a data URL", { pointer: "/data" });
    }
    if (parsed.data.length > UPLOAD_LIMITS.maxImageBytes) throw fileTooLarge(UPLOAD_LIMITS.maxImageBytes, "data");
    return { bytes: parsed.data, source: { pointer: "/data" } };
  }
  const [file] = await receiveMultipartFiles(request, {
    fields: ["file"],
    maxFiles: 1,
    maxFileBytes: UPLOAD_LIMITS.maxImageBytes,
    parameter: "file",
    hint: 'Send the image as JSON {"data": "data:image/…;base64,…"} or as multipart/form-data with a `file` field',
  });
  return { bytes: file!.bytes, source: { parameter: "file" } };
}
