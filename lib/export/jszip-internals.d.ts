// jszip's own modules behind its public API (jszip 3.10), used by zip-deflate.ts. jszip has no
// `exports` map, so these paths resolve; zip-deflate.test.ts fails if they change shape.

declare module "jszip/lib/compressedObject.js" {
  /** An entry's content already compressed: jszip writes it as it is when the method matches. */
  export default class CompressedObject {
    constructor(compressedSize: number, uncompressedSize: number, crc32: number, compression: unknown, data: Uint8Array);
  }
}

declare module "jszip/lib/compressions.js" {
  /** The DEFLATE method (`magic` "\x08\x00") jszip uses for `compression: "DEFLATE"`. */
  export const DEFLATE: { magic: string };
}
