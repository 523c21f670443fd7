/**
 * A multipart body with one file part that is produced only as it is read, counting what the
 * server pulled: upload tests show that an oversized body is refused before it is read.
 */
export function lazyMultipartBody(totalBytes: number, part: { fileName: string; contentType?: string }, chunk = 64 * 1024) {
  const state = { pulled: 0 };
  const boundary = "----lazy";
  const type = part.contentType ? `Content-Type: ${part.contentType}\r\n` : "";
  const head = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${part.fileName}"\r\n${type}\r\n`);
  let sentHead = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!sentHead) {
        sentHead = true;
        controller.enqueue(head);
        return;
      }
      if (state.pulled >= totalBytes) return controller.close();
      state.pulled += chunk;
      controller.enqueue(new Uint8Array(chunk));
    },
  });
  return { stream, state, contentType: `multipart/form-data; boundary=${boundary}` };
}
