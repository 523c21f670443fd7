import http from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeResendRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: unknown;
}

export interface FakeResend {
  /** Base URL for RESEND_BASE_URL. */
  url: string;
  requests: FakeResendRequest[];
  /** How the next requests are answered (default: 200 with a fresh id). */
  respond: (request: FakeResendRequest, index: number) => { status: number; body: unknown };
  close(): Promise<void>;
}

/**
 * A local stand-in for the Resend API (BUILD-NOTES: the SDK honours RESEND_BASE_URL), so tests
 * see exactly what the app sends without any network beyond 127.0.0.1.
 */
export async function startFakeResend(): Promise<FakeResend> {
  const fake: FakeResend = {
    url: "",
    requests: [],
    respond: (_request, index) => ({ status: 200, body: { id: `fake-${index + 1}` } }),
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      const request: FakeResendRequest = {
        method: req.method ?? "",
        path: req.url ?? "",
        headers: req.headers,
        body: raw ? (JSON.parse(raw) as unknown) : null,
      };
      const index = fake.requests.push(request) - 1;
      const { status, body } = fake.respond(request, index);
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
