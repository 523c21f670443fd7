import { createHash, hash } from "node:crypto";

const namespaces = new Map<string, Buffer>();

function namespaceBytes(namespace: string): Buffer {
  let bytes = namespaces.get(namespace);
  if (!bytes) namespaces.set(namespace, (bytes = Buffer.from(namespace.replace(/-/g, ""), "hex")));
  return bytes;
}

// Namespace and name for one-shot hashing: a frab export makes a UUID per session, speaker and
// room, and `createHash` with two updates cost about 1.5 times `hash` over one buffer.
const scratch = Buffer.alloc(512);

function sha1(namespace: Buffer, name: string): Buffer {
  namespace.copy(scratch);
  const room = scratch.length - namespace.length;
  const written = scratch.write(name, namespace.length, "utf8");
  // `write` stops short when the name does not fit.
  if (written >= room - 3) return createHash("sha1").update(namespace).update(name, "utf8").digest();
  return hash("sha1", scratch.subarray(0, namespace.length + written), "buffer");
}

/** RFC 4122 §4.3 name-based UUID, version 5 (SHA-1). */
export function uuidV5(name: string, namespace: string): string {
  const digest = sha1(namespaceBytes(namespace), name);
  digest[6] = (digest[6]! & 0x0f) | 0x50; // version 5
  digest[8] = (digest[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = digest.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** RFC 4122 Appendix C namespace for URLs. */
export const NAMESPACE_URL = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

/**
 * Stable frab GUIDs: the same event identifier and record id always give the same UUID (apps
 * such as Giggity key favourites on it), across re-exports and deployments.
 */
export function exportGuid(eventIdentifier: string, kind: "session" | "room" | "speaker", id: number): string {
  return uuidV5(`open-event:${eventIdentifier}:${kind}:${id}`, NAMESPACE_URL);
}
