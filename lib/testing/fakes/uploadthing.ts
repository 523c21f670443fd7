import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Test-only: a local stand-in for UploadThing's ingest server, file CDN and API, enough for
 * `UTApi.uploadFiles`, `generateSignedURL` + GET/HEAD, and `deleteFiles` by customId.
 */
export interface FakeUploadThing {
  /** `UTApi` options pointing every call at the fake. */
  options: { token: string; apiUrl: string; ingestUrl: string; ufsHost: string; ufsAppIdLocation: "path" };
  files: Map<string, { bytes: Uint8Array; type: string; name: string }>;
  requests: string[];
  close(): Promise<void>;
}

const APP_ID = "fakeapp";

async function body(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startFakeUploadThing(): Promise<FakeUploadThing> {
  const files: FakeUploadThing["files"] = new Map();
  const requests: string[] = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    requests.push(`${request.method} ${url.pathname}`);
    const raw = await body(request);
    const json = (status: number, value: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(value));
    };
    if (request.method === "PUT") {
      // Ingest: the signed URL carries the metadata, the body is multipart with one "file".
      if (!url.searchParams.get("signature")) return json(401, { error: "unsigned" });
      const form = await new Request(url, { method: "PUT", headers: { "content-type": request.headers["content-type"] ?? "" }, body: new Uint8Array(raw) }).formData();
      const file = form.get("file") as File;
      const customId = decodeURIComponent(url.searchParams.get("x-ut-custom-id") ?? "");
      const key = url.pathname.slice(1);
      // As UploadThing does, name and type come from the signed metadata, not the form part.
      const meta = (name: string) => decodeURIComponent(url.searchParams.get(name) ?? "");
      const entry = { bytes: new Uint8Array(await file.arrayBuffer()), type: meta("x-ut-file-type"), name: meta("x-ut-file-name") };
      files.set(customId || key, entry);
      const ufsUrl = `http://localhost:${(server.address() as AddressInfo).port}/a/${APP_ID}/${key}`;
      return json(200, { url: ufsUrl, appUrl: ufsUrl, ufsUrl, fileHash: "hash", serverData: null });
    }
    if ((request.method === "GET" || request.method === "HEAD") && url.pathname.startsWith(`/a/${APP_ID}/`)) {
      if (!url.searchParams.get("signature")) return json(403, { error: "unsigned" });
      const file = files.get(decodeURIComponent(url.pathname.slice(`/a/${APP_ID}/`.length)));
      if (!file) return json(404, { error: "not found" });
      response.writeHead(200, { "content-type": file.type, "content-length": String(file.bytes.byteLength) });
      return response.end(request.method === "HEAD" ? undefined : Buffer.from(file.bytes));
    }
    if (request.method === "POST" && url.pathname === "/v6/deleteFiles") {
      const { customIds = [], fileKeys = [] } = JSON.parse(raw.toString("utf8")) as { customIds?: string[]; fileKeys?: string[] };
      let deletedCount = 0;
      for (const id of [...customIds, ...fileKeys]) if (files.delete(id)) deletedCount++;
      return json(200, { success: true, deletedCount });
    }
    json(404, { error: `no route ${request.method} ${url.pathname}` });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  const token = Buffer.from(JSON.stringify({ apiKey: "sk_test_fake", appId: APP_ID, regions: ["fake1"] })).toString("base64");
  return {
    // ufsHost contains "local", so the SDK builds http:// file URLs.
    options: { token, apiUrl: origin, ingestUrl: origin, ufsHost: origin.replace("http://", ""), ufsAppIdLocation: "path" },
    files,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
