import net from "node:net";
import ipaddr from "ipaddr.js";

/**
 * Which IP addresses a server-side fetch of user-supplied URLs may connect to (SSRF guard).
 *
 * An allow-list, not a deny-list: only addresses ipaddr.js classifies as plain `unicast` pass,
 * so loopback, RFC 1918 private, link-local (169.254/16 with the cloud metadata address
 * 169.254.169.254, fe80::/10), CGNAT (100.64/10), unique-local IPv6 (fc00::/7), multicast,
 * unspecified, broadcast, documentation/benchmarking/reserved ranges and whatever ranges a later
 * ipaddr.js release learns about are all refused. IPv4-mapped IPv6 (`::ffff:127.0.0.1`) is judged
 * as the IPv4 address it carries. IPv6 must also lie in the global unicast block 2000::/3, which
 * leaves out the IPv4-compatible, NAT64 (64:ff9b::/96) and other transition forms that would
 * reach an IPv4 address the check never saw.
 */

const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR("2000::/3");

export function isPublicAddress(address: string): boolean {
  // `net.isIP` rejects the shorthand forms ipaddr.js would accept ("127.1", "0x7f.1"): callers pass
  // resolver output or WHATWG-normalised hostnames, so anything else is suspicious.
  const bare = address.replace(/%.*$/, "");
  if (!net.isIP(bare)) return false;
  const parsed = ipaddr.process(bare);
  if (parsed.range() !== "unicast") return false;
  return parsed.kind() === "ipv4" || parsed.match(GLOBAL_UNICAST_V6);
}

/**
 * Decides whether a resolved address (and port) may be contacted. Production uses
 * `publicAddressPolicy`; tests pass a policy that additionally allows exactly their own loopback
 * test server, so redirects, size and time limits are tested without contacting any other host.
 */
export type AddressPolicy = (address: string, port: number) => boolean;

export const publicAddressPolicy: AddressPolicy = (address) => isPublicAddress(address);
