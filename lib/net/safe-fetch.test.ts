import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  HttpStatusError,
  RefusedAddressError,
  safeFetch,
  TimeoutError,
  TooLargeError,
  TooManyRedirectsError,
  UnsupportedContentTypeError,
  UnsupportedUrlError,
  type AddressPolicy,
  type Resolver,
} from "./safe-fetch";

/**
 * No test here sends a packet to anything but this process's own loopback server: refusals happen
 * before connecting, and the tests that do connect pass a policy that allows exactly the test
 * server's address and port (never "public addresses"), so a bug cannot reach the internet.
 */

const LIMITS = { maxBytes: 1000, timeoutMs: 2000 };
let server: http.Server;
let port: number;
let base: string;
const hits: string[] = [];
const hosts: string[] = [];

const onlyTestServer: AddressPolicy = (address, p) => address === "127.0.0.1" && p === port;
/** Every name is "public-looking" but points at the test server, as a rebinding attacker's would. */
const toTestServer: Resolver = async () => [{ address: "127.0.0.1", family: 4 }];
const noDns: Resolver = async (host) => {
  throw new Error(`unexpected DNS lookup of ${host}`);
};
const local = { ...LIMITS, addressPolicy: onlyTestServer, resolve: noDns };

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://x");
    hits.push(url.pathname);
    hosts.push(request.headers.host ?? "");
    const hop = /^\/hop\/(\d+)$/.exec(url.pathname);
    if (hop) {
      const left = Number(hop[1]);
      response.writeHead(302, { location: left > 0 ? `/hop/${left - 1}` : "/image.png" }).end();
    } else if (url.pathname === "/image.png") {
      response.writeHead(200, { "content-type": "image/png" }).end(Buffer.from("PNGDATA"));
    } else if (url.pathname === "/to-loopback") {
      response.writeHead(302, { location: `http://127.0.0.1:${port + 1}/secret` }).end();
    } else if (url.pathname === "/to-metadata") {
      response.writeHead(301, { location: "http://169.254.169.254/latest/meta-data" }).end();
    } else if (url.pathname === "/to-localhost") {
      response.writeHead(307, { location: `http://localhost:${port}/image.png` }).end();
    } else if (url.pathname === "/to-file") {
      response.writeHead(302, { location: "file:///etc/passwd" }).end();
    } else if (url.pathname === "/declared-large") {
      response.writeHead(200, { "content-type": "image/png", "content-length": "5000" });
      response.write(Buffer.alloc(10));
      // Never finishes: the fetch must stop at the header.
    } else if (url.pathname === "/endless") {
      // Chunked with no length: only counting while streaming can stop it.
      response.writeHead(200, { "content-type": "image/png" });
      const timer = setInterval(() => response.write(Buffer.alloc(256)), 5);
      response.on("close", () => clearInterval(timer));
    } else if (url.pathname === "/exact") {
      response.writeHead(200, { "content-type": "image/jpeg; charset=binary" }).end(Buffer.alloc(1000, 7));
    } else if (url.pathname === "/stall-headers") {
      // Answers nothing.
    } else if (url.pathname === "/stall-body") {
      response.writeHead(200, { "content-type": "image/png" });
      response.write(Buffer.alloc(10));
    } else if (url.pathname === "/html") {
      response.writeHead(200, { "content-type": "text/html" }).end("<html></html>");
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("safeFetch refuses non-public destinations before connecting", () => {
  it.each([
    ["http://127.0.0.1/", "127.0.0.1"],
    ["http://[::1]/", "::1"],
    ["http://10.0.0.1/", "10.0.0.1"],
    ["http://192.168.0.10:8080/a.png", "192.168.0.10"],
    ["http://169.254.169.254/latest/meta-data", "169.254.169.254"],
    ["http://[::ffff:127.0.0.1]/", "::ffff:7f00:1"],
    ["http://[::ffff:169.254.169.254]/", "::ffff:a9fe:a9fe"],
    ["http://100.64.1.1/", "100.64.1.1"],
    ["http://[fd00::1]/", "fd00::1"],
    ["http://0.0.0.0/", "0.0.0.0"],
    // WHATWG normalises other spellings of loopback before the check sees them.
    ["http://2130706433/", "127.0.0.1"],
    ["http://0x7f.1/", "127.0.0.1"],
  ])("%s", async (url, address) => {
    const error = await safeFetch(url, { ...LIMITS, resolve: noDns }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefusedAddressError);
    expect((error as RefusedAddressError).address).toBe(address);
  });

  it("http://localhost (the system resolver answers loopback)", async () => {
    const error = await safeFetch("http://localhost/", LIMITS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefusedAddressError);
    expect(["127.0.0.1", "::1"]).toContain((error as RefusedAddressError).address);
  });

  it("a public-looking name that resolves to loopback, or to public and private addresses", async () => {
    await expect(safeFetch("https://images.example.com/a.png", { ...LIMITS, resolve: toTestServer })).rejects.toThrow(RefusedAddressError);
    const mixed: Resolver = async () => [
      { address: "93.184.215.14", family: 4 },
      { address: "10.1.2.3", family: 4 },
    ];
    await expect(safeFetch("https://cdn.example.com/a.png", { ...LIMITS, resolve: mixed })).rejects.toThrow(
      "Refused to fetch https://cdn.example.com/a.png: 10.1.2.3 is not a public address",
    );
    expect(hits).toEqual([]);
  });

  it.each(["file:///etc/passwd", "ftp://example.com/a.png", "gopher://127.0.0.1/", "not a url", "http://user:pass@example.com/"])(
    "refuses %s as an unsupported URL",
    async (url) => {
      await expect(safeFetch(url, { ...LIMITS, resolve: noDns })).rejects.toThrow(UnsupportedUrlError);
    },
  );
});

describe("safeFetch against the loopback test server", () => {
  it("fetches bytes with their type", async () => {
    expect(await safeFetch(`${base}/image.png`, { ...local, allowedContentTypes: ["image/*"] })).toEqual({
      bytes: Buffer.from("PNGDATA"),
      contentType: "image/png",
      finalUrl: `${base}/image.png`,
    });
  });

  it("connects to the vetted address, not to whatever the name resolves to later (pinning)", async () => {
    // `.invalid` never resolves in real DNS: success proves Node did not look the name up again.
    let lookups = 0;
    const once: Resolver = async () => {
      lookups += 1;
      return [{ address: "127.0.0.1", family: 4 }];
    };
    hosts.length = 0;
    const result = await safeFetch(`http://media.invalid:${port}/image.png`, { ...local, resolve: once });
    expect({ lookups, host: hosts, finalUrl: result.finalUrl }).toEqual({
      lookups: 1,
      host: [`media.invalid:${port}`],
      finalUrl: `http://media.invalid:${port}/image.png`,
    });
  });

  it("follows up to 3 redirects, relative ones included, and refuses a 4th", async () => {
    const result = await safeFetch(`${base}/hop/2`, local);
    expect(result.finalUrl).toBe(`${base}/image.png`);
    hits.length = 0;
    const error = await safeFetch(`${base}/hop/3`, local).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooManyRedirectsError);
    // The 4th location is never requested.
    expect(hits).toEqual(["/hop/3", "/hop/2", "/hop/1", "/hop/0"]);
  });

  it("checks every hop: a redirect to loopback, to the metadata address, to localhost or to file: is refused", async () => {
    await expect(safeFetch(`${base}/to-loopback`, local)).rejects.toThrow(
      `Refused to fetch http://127.0.0.1:${port + 1}/secret: 127.0.0.1 is not a public address`,
    );
    await expect(safeFetch(`${base}/to-metadata`, local)).rejects.toThrow(RefusedAddressError);
    // The name of the next hop is resolved again and its answer (::1) checked before connecting.
    const localhost = await safeFetch(`${base}/to-localhost`, { ...local, resolve: async (host) => (host === "localhost" ? [{ address: "::1", family: 6 }] : []) }).catch((e: unknown) => e);
    expect(localhost).toBeInstanceOf(RefusedAddressError);
    await expect(safeFetch(`${base}/to-file`, local)).rejects.toThrow(UnsupportedUrlError);
  });

  it("stops at a declared Content-Length over the limit, and while streaming an endless body", async () => {
    await expect(safeFetch(`${base}/declared-large`, local)).rejects.toThrow(TooLargeError);
    const started = Date.now();
    const error = await safeFetch(`${base}/endless`, { ...local, timeoutMs: 10_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooLargeError);
    expect((error as TooLargeError).maxBytes).toBe(1000);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("accepts a body of exactly maxBytes", async () => {
    const result = await safeFetch(`${base}/exact`, { ...local, allowedContentTypes: ["image/jpeg"] });
    expect({ length: result.bytes.length, contentType: result.contentType }).toEqual({ length: 1000, contentType: "image/jpeg; charset=binary" });
  });

  it("times out waiting for headers and waiting for the body", async () => {
    for (const path of ["/stall-headers", "/stall-body"]) {
      const started = Date.now();
      const error = await safeFetch(`${base}${path}`, { ...local, timeoutMs: 200 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TimeoutError);
      expect((error as TimeoutError).message).toBe(`Fetching ${base}${path} took longer than 200 ms`);
      expect(Date.now() - started).toBeLessThan(2000);
    }
  });

  it("times out a DNS lookup that never answers", async () => {
    const hanging: Resolver = () => new Promise(() => {});
    await expect(safeFetch("http://slow.example.com/", { ...local, resolve: hanging, timeoutMs: 100 })).rejects.toThrow(TimeoutError);
  });

  it("reports HTTP errors and refused content types", async () => {
    const missing = await safeFetch(`${base}/missing`, local).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(HttpStatusError);
    expect((missing as HttpStatusError).status).toBe(404);
    const html = await safeFetch(`${base}/html`, { ...local, allowedContentTypes: ["image/*", "application/pdf"] }).catch((e: unknown) => e);
    expect(html).toBeInstanceOf(UnsupportedContentTypeError);
    expect((html as UnsupportedContentTypeError).contentType).toBe("text/html");
  });
});
