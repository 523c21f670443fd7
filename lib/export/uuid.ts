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

/** The UUID of a name's SHA-1 digest: version 5, RFC 4122 variant. */
function uuidOfDigest(digest: Buffer): string {
  digest[6] = (digest[6]! & 0x0f) | 0x50; // version 5
  digest[8] = (digest[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = digest.toString("hex", 0, 16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** RFC 4122 §4.3 name-based UUID, version 5 (SHA-1). */
export function uuidV5(name: string, namespace: string): string {
  return uuidOfDigest(sha1(namespaceBytes(namespace), name));
}

/** RFC 4122 Appendix C namespace for URLs. */
export const NAMESPACE_URL = "6ba7b811-9dad-11d1-80b4-00c04fd430c8";

type GuidKind = "session" | "room" | "speaker";
// Room for any number's text after a kind's prefix (the longest, such as
// "-1.2345678901234567e-100", has 24 characters).
const NUMBER_ROOM = 32;

/**
 * Stable frab GUIDs of one event: `guid(kind, id)` is
 * `uuidV5("open-event:<identifier>:<kind>:<id>", NAMESPACE_URL)`, so the same event identifier
 * and record id always give the same UUID (apps such as Giggity key favourites on it), across
 * re-exports and deployments. The namespace and each kind's prefix are encoded once, and only
 * the id is written per GUID (a 2,000-session export makes one for every session, speaker and
 * room).
 */
export function exportGuids(eventIdentifier: string): (kind: GuidKind, id: number) => string {
  const buffers = new Map<GuidKind, { buffer: Buffer; prefix: number }>();
  return (kind, id) => {
    let found = buffers.get(kind);
    if (!found) {
      const prefix = Buffer.concat([namespaceBytes(NAMESPACE_URL), Buffer.from(`open-event:${eventIdentifier}:${kind}:`, "utf8")]);
      const buffer = Buffer.alloc(prefix.length + NUMBER_ROOM);
      prefix.copy(buffer);
      buffers.set(kind, (found = { buffer, prefix: prefix.length }));
    }
    // A number's text is ASCII.
    const written = found.buffer.write(String(id), found.prefix, "latin1");
    return uuidOfDigest(hash("sha1", found.buffer.subarray(0, found.prefix + written), "buffer"));
  };
}
