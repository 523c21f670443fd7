import { describe, expect, it } from "vitest";
import { expiryMs, verifiedClaims, type Verified } from "./verified-claims";

describe("verifiedClaims", () => {
  const setup = (max?: number) => {
    let clock = 1_000_000;
    const calls: string[] = [];
    const memo = verifiedClaims<string>({ max, now: () => clock });
    const check = (secret: string, credential: string, result: Verified<string> | null) =>
      memo(secret, credential, async () => {
        calls.push(`${secret}:${credential}`);
        return result;
      });
    return { check, calls, advance: (ms: number) => (clock += ms), now: () => clock };
  };

  it("verifies a credential once and answers its claims again until it expires", async () => {
    const { check, calls, advance, now } = setup();
    const valid = { claims: "user 1", expiresAtMs: now() + 60_000 };
    expect(await check("s", "token", valid)).toBe("user 1");
    expect(await check("s", "token", valid)).toBe("user 1");
    expect(calls).toEqual(["s:token"]);
    advance(60_000);
    // Expired: verified again, and what verification says now counts (here: refused).
    expect(await check("s", "token", null)).toBeNull();
    expect(calls).toEqual(["s:token", "s:token"]);
  });

  it("keeps nothing of a refused or already expired credential", async () => {
    const { check, calls, now } = setup();
    expect(await check("s", "forged", null)).toBeNull();
    expect(await check("s", "forged", null)).toBeNull();
    expect(await check("s", "old", { claims: "user 2", expiresAtMs: now() })).toBeNull();
    expect(await check("s", "old", { claims: "user 2", expiresAtMs: now() })).toBeNull();
    expect(calls).toEqual(["s:forged", "s:forged", "s:old", "s:old"]);
  });

  it("forgets everything when the secret changes", async () => {
    const { check, calls } = setup();
    const valid = { claims: "user 1", expiresAtMs: Number.POSITIVE_INFINITY };
    await check("old secret", "token", valid);
    expect(await check("new secret", "token", null)).toBeNull();
    expect(await check("old secret", "token", null)).toBeNull();
    expect(calls).toEqual(["old secret:token", "new secret:token", "old secret:token"]);
  });

  it("keeps at most `max` credentials, the oldest leaving first", async () => {
    const { check, calls } = setup(2);
    const valid = (claims: string) => ({ claims, expiresAtMs: Number.POSITIVE_INFINITY });
    for (const token of ["a", "b", "c"]) await check("s", token, valid(token));
    expect(await check("s", "c", valid("c"))).toBe("c");
    expect(await check("s", "b", valid("b"))).toBe("b");
    expect(await check("s", "a", valid("a"))).toBe("a");
    expect(calls).toEqual(["s:a", "s:b", "s:c", "s:a"]);
  });

  it("reads a JWT's exp in seconds, and no exp as never", () => {
    expect([expiryMs(1_700_000_000), expiryMs(undefined), expiryMs("1")]).toEqual([1_700_000_000_000, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY]);
  });
});
