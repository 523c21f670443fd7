import { describe, expect, it } from "vitest";
import { db } from "../db";
import { AppError } from "../errors";
import { login, LoginRateLimitError, LOGIN_WINDOW_MS } from "./login";
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

  it("gives the same error for a wrong password and an unknown email, and records both", async () => {
    await createUser("grace@example.org");
    const wrong = await failure(login({ email: "grace@example.org", password: "wrong password", ip: "10.0.0.2" }));
    const unknown = await failure(login({ email: "Nobody@Example.org", password: "wrong password", ip: "10.0.0.2" }));
    expect([wrong.code, wrong.detail, wrong.source]).toEqual(["UNAUTHORIZED", "Invalid email or password", undefined]);
    expect([unknown.code, unknown.detail, unknown.source]).toEqual([wrong.code, wrong.detail, wrong.source]);
    const attempts = await db.loginAttempt.findMany({ where: { ip: "10.0.0.2" }, orderBy: { id: "asc" }, select: { email: true, ip: true } });
    expect(attempts).toEqual([
      { email: "grace@example.org", ip: "10.0.0.2" },
      { email: "nobody@example.org", ip: "10.0.0.2" },
    ]);
  });

  it("does not let a deleted account sign in", async () => {
    const user = await createUser("gone@example.org");
    await db.user.update({ where: { id: user.id }, data: { deletedAt: new Date() } });
    const error = await failure(login({ email: "gone@example.org", password: "correct horse battery", ip: "10.0.0.9" }));
    expect(error.code).toBe("UNAUTHORIZED");
  });

  it("refuses an account after 5 failures in 15 minutes, even with the right password, before checking it", async () => {
    await createUser("locked@example.org");
    for (let i = 0; i < 5; i++) {
      const error = await failure(login({ email: "locked@example.org", password: "nope", ip: `10.1.0.${i}` }));
      expect(error.code).toBe("UNAUTHORIZED");
    }
    const limited = await failure(login({ email: "LOCKED@example.org", password: "correct horse battery", ip: "10.1.1.1" }));
    expect(limited).toBeInstanceOf(LoginRateLimitError);
    expect([limited.code, limited.status, limited.detail]).toEqual([
      "TOO_MANY_REQUESTS",
      429,
      "Too many failed sign-in attempts. Try again in 15 minutes.",
    ]);
    expect((limited as LoginRateLimitError).retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect((limited as LoginRateLimitError).retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    // Refused attempts are not recorded, so they cannot extend the lock.
    expect(await db.loginAttempt.count({ where: { email: "locked@example.org" } })).toBe(5);
  });

  it("forgets failures older than the window and resets the account's count after a success", async () => {
    await createUser("old@example.org");
    const old = new Date(Date.now() - LOGIN_WINDOW_MS - 1000);
    await db.loginAttempt.createMany({ data: Array.from({ length: 10 }, () => ({ email: "old@example.org", ip: "10.2.0.1", createdAt: old })) });
    await db.loginAttempt.createMany({ data: Array.from({ length: 4 }, () => ({ email: "old@example.org", ip: "10.2.0.1" })) });
    await login({ email: "old@example.org", password: "correct horse battery", ip: "10.2.0.1" });
    expect(await db.loginAttempt.count({ where: { email: "old@example.org" } })).toBe(0);
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
