import { describe, expect, it } from "vitest";
import { exportGuids, NAMESPACE_URL, uuidV5 } from "./uuid";

describe("uuidV5", () => {
  // Expected values from Python's uuid.uuid5(uuid.NAMESPACE_URL, name).
  it.each([
    ["open-event:bigconf27:session:1", "977a96b8-3ffc-54eb-b723-40835411b922"],
    // Around and beyond the one-shot buffer (512 bytes with the 16-byte namespace).
    ["x".repeat(493), "e7dba702-8a6e-52d7-ae28-80d01d7ca99a"],
    ["x".repeat(494), "62ba2cbc-238c-55f2-addb-c39acd30efc4"],
    ["é".repeat(250), "c7703e18-c6bf-50b8-89d1-6823b4d88105"],
    ["Grüße 🚀".repeat(100), "57e42940-539d-517f-b500-4f38dc19264a"],
  ])("%s", (name, expected) => {
    expect(uuidV5(name, NAMESPACE_URL)).toBe(expected);
  });
});

describe("exportGuids", () => {
  it("gives uuidV5 of open-event:<identifier>:<kind>:<id> for every kind, any identifier and any id", () => {
    for (const identifier of ["bigconf27", "fosasia27", "Grüße-🚀", "x".repeat(600)]) {
      const guid = exportGuids(identifier);
      for (const kind of ["session", "room", "speaker"] as const) {
        for (const id of [0, 1, 42, 2_147_483_647, Number.MAX_SAFE_INTEGER, -7, 1e21, -1.2345678901234567e-100]) {
          expect(guid(kind, id)).toBe(uuidV5(`open-event:${identifier}:${kind}:${id}`, NAMESPACE_URL));
        }
      }
    }
    // The value Python's uuid.uuid5(uuid.NAMESPACE_URL, "open-event:bigconf27:session:1") gives.
    expect(exportGuids("bigconf27")("session", 1)).toBe("977a96b8-3ffc-54eb-b723-40835411b922");
  });
});
