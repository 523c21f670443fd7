import { Readable } from "node:stream";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { AppError } from "../errors";

export interface ReceivedFile {
  field: string;
  fileName: string;
  bytes: Uint8Array;
}

export interface MultipartOptions {
  /** File fields that are read; any other file part is drained and ignored. */
  fields: readonly string[];
  maxFiles: number;
  maxFileBytes: number;
  /** All files together (default: maxFiles × maxFileBytes). */
  maxTotalBytes?: number;
  /** The `source.parameter` of errors. */
  parameter: string;
  /** Said when the request is not multipart. */
  hint: string;
}

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

export const fileTooLarge = (limit: number, parameter: string) =>
  new AppError("PAYLOAD_TOO_LARGE", `The file is larger than the limit of ${megabytes(limit)} MB`, { parameter });

/** The multipart envelope adds a few hundred bytes per part around the files. */
const ENVELOPE_ALLOWANCE = 64 * 1024;

/**
 * Reads the file parts of a multipart/form-data request, refusing anything over a limit BEFORE
 * reading it whole: a declared Content-Length over the limit is refused without reading the
 * body at all, and the streamed bytes are counted so that a chunked or lying request stops at
 * the limit (busboy truncates the file there and the body is abandoned).
 */
export async function receiveMultipartFiles(request: Request, options: MultipartOptions): Promise<ReceivedFile[]> {
  const { parameter } = options;
  const maxTotal = options.maxTotalBytes ?? options.maxFiles * options.maxFileBytes;
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(contentType)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", options.hint);
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > maxTotal + ENVELOPE_ALLOWANCE) {
    await request.body?.cancel().catch(() => undefined);
    throw fileTooLarge(Math.min(maxTotal, options.maxFileBytes * options.maxFiles), parameter);
  }
  if (!request.body) throw new AppError("BAD_REQUEST", "The request has no body", { parameter });

  let parser: ReturnType<typeof busboy>;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      limits: { files: options.maxFiles, fileSize: options.maxFileBytes, fields: 10, parts: options.maxFiles + 10 },
    });
  } catch (error) {
    // busboy throws at once for a multipart type it cannot read (no boundary): the client's error.
    await request.body.cancel().catch(() => undefined);
    throw new AppError("BAD_REQUEST", `The upload could not be read: ${(error as Error).message}`, { parameter });
  }
  const body = Readable.fromWeb(request.body as unknown as NodeWebReadableStream<Uint8Array>);

  return new Promise<ReceivedFile[]>((resolve, reject) => {
    const received: ReceivedFile[] = [];
    let total = 0;
    let failed = false;
    const fail = (error: AppError) => {
      if (failed) return;
      failed = true;
      body.unpipe(parser);
      body.destroy();
      reject(error);
    };
    parser.on("file", (field, stream, info) => {
      if (!options.fields.includes(field)) {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on("data", (chunk: Buffer) => {
        size += chunk.length;
        total += chunk.length;
        if (size > options.maxFileBytes) return fail(fileTooLarge(options.maxFileBytes, parameter));
        if (total > maxTotal) return fail(fileTooLarge(maxTotal, parameter));
        chunks.push(chunk);
      });
      stream.on("limit", () => fail(fileTooLarge(options.maxFileBytes, parameter)));
      stream.on("end", () => {
        if (!failed) received.push({ field, fileName: info.filename ?? "upload", bytes: new Uint8Array(Buffer.concat(chunks)) });
      });
    });
    parser.on("filesLimit", () =>
      fail(new AppError("PAYLOAD_TOO_LARGE", `At most ${options.maxFiles} files can be sent at once`, { parameter })),
    );
    parser.on("error", (error: Error) => fail(new AppError("BAD_REQUEST", `The upload could not be read: ${error.message}`, { parameter })));
    parser.on("close", () => {
      if (failed) return;
      if (received.length === 0) return fail(new AppError("UNPROCESSABLE", `The upload has no \`${parameter}\` field`, { parameter }));
      if (received.some((file) => file.bytes.length === 0)) {
        return fail(new AppError("UNPROCESSABLE", "The uploaded file is empty", { parameter }));
      }
      resolve(received);
    });
    body.on("error", (error) => fail(new AppError("BAD_REQUEST", `The upload was interrupted: ${error.message}`, { parameter })));
    body.pipe(parser);
  });
}
