import { z } from "zod";
import { AppError } from "../errors";
import { UPLOAD_LIMITS } from "./limits";

/**
 * The query of the upload routes: only `force_local=true|false` (Open Event's: store on this
 * server's disk even when UploadThing is configured). Anything else is a 400 naming it.
 */
export function parseUploadQuery(request: Request): { forceLocal: boolean } {
  const params = new URL(request.url).searchParams;
  for (const name of params.keys()) {
    if (name !== "force_local") throw new AppError("BAD_REQUEST", `Unknown query parameter "${name}"`, { parameter: name });
  }
  const value = params.get("force_local");
  if (value !== null && value !== "true" && value !== "false") {
    throw new AppError("BAD_REQUEST", "force_local must be true or false", { parameter: "force_local" });
  }
  return { forceLocal: value === "true" };
}

// base64 grows data by 4/3; the limit applies to the decoded image.
const MAX_DATA_URL_CHARS = Math.ceil((UPLOAD_LIMITS.maxImageBytes * 4) / 3) + 200;

/** Open Event's JSON form of `POST /v1/upload/image`: `{"data": "data:image/png;base64,…"}`. */
export const imageDataUrlSchema = z
  .object({
    data: z
      .string({ message: "Must be a data URL (data:image/…;base64,…)" })
      .max(MAX_DATA_URL_CHARS, `The image is larger than the limit of ${UPLOAD_LIMITS.maxImageBytes / (1024 * 1024)} MB`)
      .regex(/^data:image\/[a-z0-9.+-]+;base64,[A-Za-z0-9+/]+=*$/i, "Must be a data URL (data:image/…;base64,…)"),
  })
  .transform(({ data }) => new Uint8Array(Buffer.from(data.slice(data.indexOf(",") + 1), "base64")));
