import { describe, expect, it } from "vitest";
import { db } from "../db";
import { AppError } from "../errors";
import { login, LoginRateLimitError } from "./login";
import { countedLoginFailures } from "./login-limits";
import { hashPassword } from "./password";

async function createUser(email: string, password = "correct horse battery") {
  return db.user.create({ data: { email, passwordHash: await hashPassword(password), firstName: "Ada", lastName: "Lovelace" } });
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("login", () => {
  it("returns the user for the right password, case-insensitively by email, and stamps last access", async () => {
    const user = await createUser("ada@example.org");
    const result = await login({ email: "  ADA@Example.org ", password: "correct horse battery", ip: "10.0.0.1" });
    expect(result).toEqual({
      id: user.id,
      email: "ada@example.org",
      firstName: "Ada",
      lastName: "Lovelace",
      isAdmin: false,
      isSuperAdmin: false,
      sessionVersion: 0,
    });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.lastAccessedAt).not.toBeNull();
  });

  it("gives the same error for a wrong password and an unknown email, and counts both", async () => {
    await createUser("grace@example.org");
    const wrong = await failure(login({ email: "grace@example.org", password: "wrong password", ip: "10.0.0.2" }));
    const unknown = await failure(login({ email: "Nobody@Example.org", password: "wrong password", ip: "10.0.0.2" }));
    expect([wrong.code, wrong.detail, wrong.source]).toEqual(["UNAUTHORIZED", "Invalid email or password", undefined]);
    expect([unknown.code, unknown.detail, unknown.source]).toEqual([wrong.code, wrong.detail, wrong.source]);
    expect(await countedLoginFailures({ email: "grace@example.org", ip: "10.0.0.2" })).toEqual({ accountAtAddress: 1, address: 2 });
    expect(await countedLoginFailures({ email: "nobody@example.org", ip: "10.0.0.2" })).toEqual({ accountAtAddress: 1, address: 2 });
  });

  it("does not let a deleted account sign in", async () => {
    const user = await createUser("gone@example.org");
    await db.user.update({ where: { id: user.id }, data: { deletedAt: new Date() } });
    const error = await failure(login({ email: "gone@example.org", password: "correct horse battery", ip: "10.0.0.9" }));
    expect(error.code).toBe("UNAUTHORIZED");
  });

  it("refuses an account from an address after 5 failures there in 15 minutes, even with the right password, before checking it", async () => {
    await createUser("locked@example.org");
    for (let i = 0; i < 5; i++) {
      const error = await failure(login({ email: "locked@example.org", password: "nope", ip: "10.1.0.1" }));
      expect(error.code).toBe("UNAUTHORIZED");
    }
    const limited = await failure(login({ email: "LOCKED@example.org", password: "correct horse battery", ip: "10.1.0.1" }));
    expect(limited).toBeInstanceOf(LoginRateLimitError);
    expect([limited.code, limited.status, limited.detail]).toEqual([
      "TOO_MANY_REQUESTS",
      429,
      "Too many failed sign-in attempts. Try again in 15 minutes.",
    ]);
    const wait = (limited as LoginRateLimitError).retryAfterSeconds;
    expect(wait).toBeGreaterThan(14 * 60);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    // Refused attempts are not counted, so they cannot extend the lock.
    const again = await failure(login({ email: "locked@example.org", password: "nope", ip: "10.1.0.1" }));
    expect((again as LoginRateLimitError).retryAfterSeconds).toBeLessThanOrEqual(wait);
    expect((await countedLoginFailures({ email: "locked@example.org", ip: "10.1.0.1" })).address).toBe(5);

    // Whoever guessed locked out only themselves: the owner signs in from elsewhere.
    const owner = await login({ email: "locked@example.org", password: "correct horse battery", ip: "10.1.1.1" });
    expect(owner.email).toBe("locked@example.org");
  });

  it("does not let failures spread over addresses lock the account out anywhere", async () => {
    await createUser("spread@example.org");
    for (let i = 0; i < 5; i++) {
      const error = await failure(login({ email: "spread@example.org", password: "nope", ip: `10.5.0.${i}` }));
      expect(error.code).toBe("UNAUTHORIZED");
    }
    expect((await login({ email: "spread@example.org", password: "correct horse battery", ip: "10.5.0.0" })).email).toBe("spread@example.org");
    expect((await login({ email: "spread@example.org", password: "correct horse battery", ip: "10.5.1.1" })).email).toBe("spread@example.org");
  });

  it("locks an account out of an address for longer each time within a day: 15, 30, then 60 minutes", async () => {
    await createUser("stubborn@example.org");
    const waits: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 5; i++) await failure(login({ email: "stubborn@example.org", password: "nope", ip: "10.4.0.1" }));
      waits.push((await failure(login({ email: "stubborn@example.org", password: "nope", ip: "10.4.0.1" })) as LoginRateLimitError).retryAfterSeconds);
      // The lock-out is over (the time passed); the count of lock-outs is kept for a day.
      await db.rateLimit.updateMany({ where: { key: { startsWith: "login-pair:" } }, data: { expire: BigInt(Date.now() - 1000) } });
    }
    expect(waits.map((seconds) => Math.ceil(seconds / 60))).toEqual([15, 30, 60]);
    // A success forgets the lock-outs too.
    await login({ email: "stubborn@example.org", password: "correct horse battery", ip: "10.4.0.1" });
    for (let i = 0; i < 5; i++) await failure(login({ email: "stubborn@example.org", password: "nope", ip: "10.4.0.1" }));
    const fresh = await failure(login({ email: "stubborn@example.org", password: "nope", ip: "10.4.0.1" }));
    expect(Math.ceil((fresh as LoginRateLimitError).retryAfterSeconds / 60)).toBe(15);
  });

  it("forgets failures older than the window and resets the account's count at the address after a success", async () => {
    await createUser("old@example.org");
    for (let i = 0; i < 4; i++) await failure(login({ email: "old@example.org", password: "nope", ip: "10.2.0.1" }));
    await db.rateLimit.updateMany({ data: { expire: BigInt(Date.now() - 1000) } });
    expect(await countedLoginFailures({ email: "old@example.org", ip: "10.2.0.1" })).toEqual({ accountAtAddress: 0, address: 0 });

    for (let i = 0; i < 4; i++) await failure(login({ email: "old@example.org", password: "nope", ip: "10.2.0.1" }));
    await login({ email: "old@example.org", password: "correct horse battery", ip: "10.2.0.1" });
    // The address's count stays: it also stands for guesses at other accounts.
    expect(await countedLoginFailures({ email: "old@example.org", ip: "10.2.0.1" })).toEqual({ accountAtAddress: 0, address: 4 });
    for (let i = 0; i < 4; i++) await failure(login({ email: "old@example.org", password: "nope", ip: "10.2.0.1" }));
    expect((await login({ email: "old@example.org", password: "correct horse battery", ip: "10.2.0.1" })).email).toBe("old@example.org");
  });

  it("refuses an address after 20 failures in 15 minutes, across accounts", async () => {
    await createUser("victim@example.org");
    for (let i = 0; i < 20; i++) {
      const error = await failure(login({ email: `guess${i}@example.org`, password: "nope", ip: "10.3.0.1" }));
      expect(error.code).toBe("UNAUTHORIZED");
    }
    const limited = await failure(login({ email: "victim@example.org", password: "correct horse battery", ip: "10.3.0.1" }));
    expect(limited.code).toBe("TOO_MANY_REQUESTS");
    // Another address is not affected.
    const user = await login({ email: "victim@example.org", password: "correct horse battery", ip: "10.3.0.2" });
    expect(user.email).toBe("victim@example.org");
  });
});
