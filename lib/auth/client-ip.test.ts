import http from "node:http";
import type { AddressInfo } from "node:net";
import ipaddr from "ipaddr.js";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { AddressRange } from "../env";
import { appendPeerAddresses } from "../net/peer-address";
import { clientIp } from "./client-ip";

const forwarded = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });
const ranges = (...items: string[]): AddressRange[] =>
  items.map((item) => (item.includes("/") ? ipaddr.parseCIDR(item) : [ipaddr.process(item), ipaddr.process(item).kind() === "ipv4" ? 32 : 128]));

describe("clientIp", () => {
  it("without trusted proxies is the connected peer (the last entry), whatever the client wrote before it", () => {
    expect(
      ["198.51.100.7", "1.2.3.4, 198.51.100.7", "10.0.0.1,   1.2.3.4,198.51.100.7", "::ffff:127.0.0.1", undefined, ""].map((value) =>
        clientIp(forwarded(value), []),
      ),
    ).toEqual(["198.51.100.7", "198.51.100.7", "198.51.100.7", "127.0.0.1", "unknown", "unknown"]);
    // X-Real-IP is just another header a client can send.
    expect(clientIp(new Headers({ "x-real-ip": "1.2.3.4", "x-forwarded-for": "198.51.100.7" }), [])).toBe("198.51.100.7");
  });

  it("walks left over trusted proxies only, and stops at the first address that is not one", () => {
    const trusted = ranges("10.0.0.0/8", "127.0.0.1", "fd00::/8");
    expect(
      [
        "203.0.113.9, 10.1.2.3",
        "6.6.6.6, 203.0.113.9, 10.1.2.3, 127.0.0.1",
        "10.9.9.9, 10.1.2.3",
        "203.0.113.9, ::ffff:127.0.0.1",
        "2001:db8::5, fd00::1",
        "203.0.113.9, 192.0.2.1",
        "not-an-address, 10.1.2.3",
      ].map((value) => clientIp(forwarded(value), trusted)),
    ).toEqual(["203.0.113.9", "203.0.113.9", "10.9.9.9", "203.0.113.9", "2001:db8::/64", "192.0.2.1", "not-an-address"]);
  });

  it("keys IPv6 clients by their /64", () => {
    expect(["2001:db8:1:2:aaaa::1", "2001:db8:1:2:bbbb::2", "2001:db8:1:3::1"].map((value) => clientIp(forwarded(value), []))).toEqual([
      "2001:db8:1:2::/64",
      "2001:db8:1:2::/64",
      "2001:db8:1:3::/64",
    ]);
  });
});

describe("TRUSTED_PROXIES", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("takes addresses and CIDR ranges separated by commas or spaces, and names what it cannot read", async () => {
    vi.resetModules();
    vi.stubEnv("TRUSTED_PROXIES", "10.0.0.0/8, 192.168.1.1 ::1,2001:db8::/32");
    const { env } = await import("../env");
    expect(env().TRUSTED_PROXIES.map(([network, prefix]) => `${network.toString()}/${prefix}`)).toEqual([
      "10.0.0.0/8",
      "192.168.1.1/32",
      "::1/128",
      "2001:db8::/32",
    ]);
    vi.resetModules();
    vi.stubEnv("TRUSTED_PROXIES", "10.0.0.0/8, proxy.local");
    const reloaded = await import("../env");
    expect(() => reloaded.env()).toThrow('Invalid environment: TRUSTED_PROXIES: "proxy.local" is not an IP address or CIDR range');
  });

  it("is none when unset", async () => {
    vi.resetModules();
    vi.stubEnv("TRUSTED_PROXIES", undefined);
    const { env } = await import("../env");
    expect(env().TRUSTED_PROXIES).toEqual([]);
  });
});

describe("appendPeerAddresses", () => {
  it("makes a real server append the connected peer, so a forged X-Forwarded-For cannot pick the client address", async () => {
    appendPeerAddresses();
    appendPeerAddresses(); // once only, however often it is called
    const seen: string[] = [];
    const server = http.createServer((request, response) => {
      seen.push(String(request.headers["x-forwarded-for"]));
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      await fetch(url, { headers: { "x-forwarded-for": "6.6.6.6" } });
      await fetch(url);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(seen).toEqual(["6.6.6.6, 127.0.0.1", "127.0.0.1"]);
    expect(seen.map((value) => clientIp(forwarded(value), []))).toEqual(["127.0.0.1", "127.0.0.1"]);
    expect(clientIp(forwarded(seen[0]), ranges("127.0.0.1"))).toBe("6.6.6.6");
  });
});
