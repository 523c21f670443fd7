import ipaddr from "ipaddr.js";
import { env, type AddressRange } from "../env";

/**
 * The client address for the per-address sign-in limits.
 *
 * Route handlers do not see the socket. What they see is `X-Forwarded-For`, a list that each
 * proxy extends with the address it received the request from, and this server extends it the
 * same way with the address of the peer connected to it (lib/net/peer-address.ts, installed by
 * instrumentation.ts), so the last entry is always true. From the right, entries are skipped
 * while they are proxies listed in TRUSTED_PROXIES; the first one that is not is the client.
 * Without TRUSTED_PROXIES that is the connected peer, whatever the request claims: the entries a
 * client writes itself are never reached.
 *
 * IPv6 clients are keyed by their /64, the block one host or home usually holds, so stepping
 * through addresses within it does not escape the limits.
 */
export function clientIp(headers: Headers, trusted: readonly AddressRange[] = env().TRUSTED_PROXIES): string {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  for (let index = hops.length - 1; index >= 0; index--) {
    const address = parse(hops[index] ?? "");
    if (index > 0 && address && isTrusted(address, trusted)) continue;
    return address ? limitKey(address) : (hops[index] ?? "unknown");
  }
  return "unknown";
}

function parse(hop: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  // A zone index (`fe80::1%eth0`) names an interface of the proxy, not another client.
  const bare = hop.replace(/%.*$/, "");
  return ipaddr.isValid(bare) ? ipaddr.process(bare) : null;
}

function isTrusted(address: ipaddr.IPv4 | ipaddr.IPv6, trusted: readonly AddressRange[]): boolean {
  return trusted.some(([network, prefix]) => network.kind() === address.kind() && address.match(network, prefix));
}

function limitKey(address: ipaddr.IPv4 | ipaddr.IPv6): string {
  if (address.kind() === "ipv4") return address.toString();
  return `${ipaddr.IPv6.networkAddressFromCIDR(`${address.toString()}/64`).toString()}/64`;
}
