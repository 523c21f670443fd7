import { receiveMultipartFiles } from "../uploads/receive-multipart";
import { IMPORT_LIMITS } from "./limits";

export interface ReceivedUpload {
  bytes: Uint8Array;
  fileName: string;
}

/**
 * The multipart `file` field of an import upload, refused over `limit` before it is read
 * whole (see receiveMultipartFiles).
 */
export async function receiveZipUpload(request: Request, limit: number = IMPORT_LIMITS.maxUploadBytes): Promise<ReceivedUpload> {
  const [file] = await receiveMultipartFiles(request, {
    fields: ["file"],
    maxFiles: 1,
    maxFileBytes: limit,
    parameter: "file",
    hint: "Send the archive as multipart/form-data with a `file` field",
  });
  return { bytes: file!.bytes, fileName: file!.fileName === "upload" ? "upload.zip" : file!.fileName };
}
