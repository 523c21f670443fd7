import { Readable } from "node:stream";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { AppError } from "../errors";
import { IMPORT_LIMITS } from "./limits";

export interface ReceivedUpload {
  bytes: Uint8Array;
  fileName: string;
}

const tooLarge = (limit: number) =>
  new AppError("PAYLOAD_TOO_LARGE", `The file is larger than the limit of ${Math.round(limit / (1024 * 1024))} MB`, { parameter: "file" });

/**
 * Reads the multipart `file` field of an import upload, refusing anything over `limit` BEFORE
 * reading it whole: a declared Content-Length over the limit is refused without reading the
 * body at all, and the streamed bytes are counted so that a chunked or lying request stops at
 * the limit (busboy truncates the file there and we abort).
 */
export async function receiveZipUpload(request: Request, limit: number = IMPORT_LIMITS.maxUploadBytes): Promise<ReceivedUpload> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(contentType)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the archive as multipart/form-data with a `file` field");
  }
  const declared = Number(request.headers.get("content-length") ?? NaN);
  // The multipart envelope adds a few hundred bytes around the file; allow for it.
  if (Number.isFinite(declared) && declared > limit + 64 * 1024) {
    await request.body?.cancel().catch(() => undefined);
    throw tooLarge(limit);
  }
  if (!request.body) throw new AppError("BAD_REQUEST", "The request has no body", { parameter: "file" });

  const parser = busboy({ headers: { "content-type": contentType }, limits: { files: 1, fileSize: limit, fields: 10, parts: 12 } });
  const body = Readable.fromWeb(request.body as unknown as NodeWebReadableStream<Uint8Array>);

  return new Promise<ReceivedUpload>((resolve, reject) => {
    let received: ReceivedUpload | undefined;
    let failed = false;
    const fail = (error: AppError) => {
      if (failed) return;
      failed = true;
      body.unpipe(parser);
      body.destroy();
      reject(error);
    };
    parser.on("file", (field, stream, info) => {
      if (field !== "file") {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) return fail(tooLarge(limit));
        chunks.push(chunk);
      });
      stream.on("limit", () => fail(tooLarge(limit)));
      stream.on("end", () => {
        if (!failed) received = { bytes: new Uint8Array(Buffer.concat(chunks)), fileName: info.filename ?? "upload.zip" };
      });
    });
    parser.on("error", (error: Error) => fail(new AppError("BAD_REQUEST", `The upload could not be read: ${error.message}`, { parameter: "file" })));
    parser.on("close", () => {
      if (failed) return;
      if (!received) return fail(new AppError("UNPROCESSABLE", "The upload has no `file` field", { parameter: "file" }));
      if (received.bytes.length === 0) return fail(new AppError("UNPROCESSABLE", "The uploaded file is empty", { parameter: "file" }));
      resolve(received);
    });
    body.on("error", (error) => fail(new AppError("BAD_REQUEST", `The upload was interrupted: ${error.message}`, { parameter: "file" })));
    body.pipe(parser);
  });
}
