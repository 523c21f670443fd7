import zlib from "node:zlib";
import { ImportError } from "./errors";
import { IMPORT_LIMITS, type ImportLimits } from "./limits";

/*
 * A deliberately small ZIP reader for untrusted uploads. JSZip would inflate whatever the
 * archive says and silently rewrites `../` names; here every decision is ours:
 * - the entry count and the declared uncompressed sizes come from the central directory and
 *   are checked BEFORE anything is inflated (a zip bomb is refused without inflating it);
 * - inflation of each entry stops at its declared size (a directory that lies about sizes is
 *   caught while inflating), and the CRC is verified;
 * - every entry path is normalised and refused when absolute, escaping the archive root
 *   (`../`), using backslashes or drive letters, or containing control characters;
 * - encrypted, multi-disk and ZIP64 archives are refused (nothing we export needs them, and
 *   50 MB uploads never do).
 */

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;

export interface ZipEntry {
  /** Normalised path inside the archive, without leading slash (`images/speakers/a.jpg`). */
  path: string;
  /** The name as stored, for messages. */
  rawName: string;
  directory: boolean;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export interface ZipArchive {
  /** Files only (no directory entries), by normalised path. */
  files: Map<string, ZipEntry>;
  /** Inflates one entry, enforcing its declared size, its CRC and the archive-wide byte budget. */
  read(path: string): Buffer;
}

/**
 * Normalises an entry name or returns why it is refused. Exported for the unit tests.
 * `a/./b` → `a/b`; `a/../b` → `b` (stays inside); `../x`, `/etc/x`, `C:x`, `a\\b` are refused.
 */
export function normaliseEntryPath(name: string): { path: string } | { refused: string } {
  // Control characters (NUL above all) can truncate paths in lower layers.
  if (/[\u0000-\u001f\u007f]/.test(name)) return { refused: "contains control characters" };
  if (name.includes("\\")) return { refused: "uses backslashes" };
  if (/^[a-zA-Z]:/.test(name)) return { refused: "starts with a drive letter" };
  if (name.startsWith("/")) return { refused: "is absolute" };
  const parts: string[] = [];
  for (const segment of name.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") {
      if (parts.length === 0) return { refused: "escapes the archive folder" };
      parts.pop();
      continue;
    }
    parts.push(segment);
  }
  if (parts.length === 0) return { refused: "is empty" };
  return { path: parts.join("/") };
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  const last = bytes.length - EOCD_MIN;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let offset = last; offset >= first; offset--) {
    if (bytes.readUInt32LE(offset) === EOCD_SIGNATURE && offset + EOCD_MIN + bytes.readUInt16LE(offset + 20) === bytes.length) {
      return offset;
    }
  }
  return -1;
}

const NOT_A_ZIP = "The file is not a ZIP archive";

export function openZip(input: Uint8Array, limits: ImportLimits = IMPORT_LIMITS): ZipArchive {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (bytes.length < EOCD_MIN) throw new ImportError(NOT_A_ZIP);
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) throw new ImportError(NOT_A_ZIP);

  const diskNumber = bytes.readUInt16LE(eocd + 4);
  const centralDisk = bytes.readUInt16LE(eocd + 6);
  const entriesOnDisk = bytes.readUInt16LE(eocd + 8);
  const totalEntries = bytes.readUInt16LE(eocd + 10);
  const centralSize = bytes.readUInt32LE(eocd + 12);
  const centralOffset = bytes.readUInt32LE(eocd + 16);
  if (diskNumber !== 0 || centralDisk !== 0 || entriesOnDisk !== totalEntries) {
    throw new ImportError("Multi-part ZIP archives are not supported");
  }
  if (totalEntries === 0xffff || centralOffset === 0xffffffff || centralSize === 0xffffffff) {
    throw new ImportError("ZIP64 archives are not supported");
  }
  // Checked from the directory's own count before a single entry is looked at.
  if (totalEntries > limits.maxEntries) {
    throw new ImportError(`The archive has ${totalEntries} entries; at most ${limits.maxEntries} are allowed`);
  }
  if (centralOffset + centralSize > eocd) throw new ImportError(`${NOT_A_ZIP} (its central directory is damaged)`);

  const files = new Map<string, ZipEntry>();
  const seen = new Set<string>();
  let declaredTotal = 0;
  let offset = centralOffset;
  for (let index = 0; index < totalEntries; index++) {
    if (offset + 46 > eocd || bytes.readUInt32LE(offset) !== CENTRAL_SIGNATURE) {
      throw new ImportError(`${NOT_A_ZIP} (its central directory is damaged)`);
    }
    const flags = bytes.readUInt16LE(offset + 8);
    const method = bytes.readUInt16LE(offset + 10);
    const crc32 = bytes.readUInt32LE(offset + 16);
    const compressedSize = bytes.readUInt32LE(offset + 20);
    const uncompressedSize = bytes.readUInt32LE(offset + 24);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    const localHeaderOffset = bytes.readUInt32LE(offset + 42);
    const nameEnd = offset + 46 + nameLength;
    if (nameEnd > eocd) throw new ImportError(`${NOT_A_ZIP} (its central directory is damaged)`);
    // Bit 11: UTF-8 name; otherwise CP437, whose ASCII subset latin1 decodes the same.
    const rawName = bytes.toString(flags & 0x800 ? "utf8" : "latin1", offset + 46, nameEnd);
    offset = nameEnd + extraLength + commentLength;

    if (flags & 0x1) throw new ImportError(`Entry "${rawName}" is encrypted; encrypted archives are not supported`);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff) throw new ImportError("ZIP64 archives are not supported");
    const normalised = normaliseEntryPath(rawName);
    if ("refused" in normalised) throw new ImportError(`Entry "${rawName}" ${normalised.refused}; refusing the archive`);
    const directory = rawName.endsWith("/");
    if (directory) continue;
    if (method !== 0 && method !== 8) throw new ImportError(`Entry "${rawName}" uses compression method ${method}; only stored and deflated entries are supported`);
    if (seen.has(normalised.path)) throw new ImportError(`Entry "${rawName}" appears twice in the archive`);
    seen.add(normalised.path);
    declaredTotal += uncompressedSize;
    if (declaredTotal > limits.maxUncompressedBytes) {
      throw new ImportError(
        `The archive would inflate to more than ${limits.maxUncompressedBytes} bytes (a ZIP bomb?); refusing it before inflating`,
      );
    }
    files.set(normalised.path, {
      path: normalised.path,
      rawName,
      directory,
      method,
      crc32,
      compressedSize,
      uncompressedSize,
      localHeaderOffset,
    });
  }

  let inflatedTotal = 0;
  return {
    files,
    read(path) {
      const entry = files.get(path);
      if (!entry) throw new ImportError(`Missing file "${path}" in the archive`);
      const local = entry.localHeaderOffset;
      if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_SIGNATURE) {
        throw new ImportError(`Entry "${entry.rawName}" is damaged (no local header)`);
      }
      const dataStart = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      const dataEnd = dataStart + entry.compressedSize;
      if (dataEnd > bytes.length) throw new ImportError(`Entry "${entry.rawName}" is damaged (truncated)`);
      const compressed = bytes.subarray(dataStart, dataEnd);
      let data: Buffer;
      if (entry.method === 0) {
        if (entry.compressedSize !== entry.uncompressedSize) throw new ImportError(`Entry "${entry.rawName}" is damaged (size mismatch)`);
        data = compressed;
      } else {
        try {
          // maxOutputLength makes zlib stop at the declared size instead of inflating a bomb
          // whose directory understates it.
          data = zlib.inflateRawSync(compressed, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
        } catch (error) {
          const tooLarge = (error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError;
          throw new ImportError(
            tooLarge
              ? `Entry "${entry.rawName}" inflates to more than the ${entry.uncompressedSize} bytes it declares (a ZIP bomb?)`
              : `Entry "${entry.rawName}" is damaged (it cannot be inflated)`,
            { cause: error },
          );
        }
        if (data.length !== entry.uncompressedSize) throw new ImportError(`Entry "${entry.rawName}" is damaged (size mismatch)`);
      }
      inflatedTotal += data.length;
      if (inflatedTotal > limits.maxUncompressedBytes) {
        throw new ImportError(`The archive inflates to more than ${limits.maxUncompressedBytes} bytes (a ZIP bomb?)`);
      }
      if ((zlib.crc32(data) >>> 0) !== entry.crc32 >>> 0) throw new ImportError(`Entry "${entry.rawName}" is damaged (CRC mismatch)`);
      return data;
    },
  };
}
