import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { notificationJobName } from "@/lib/notifications/schemas";
import { runNotificationTask } from "@/lib/notifications/testing";
import { signUpAction } from "./actions";

describe("signUpAction", () => {
  it("answers a registered address exactly like a new one, creates no second account and mails the owner", async () => {
    const owner = await db.user.create({ data: { email: "owner@example.org", passwordHash: await hashPassword("owner password"), firstName: "Ona" } });

    const fresh = await signUpAction({ email: "newcomer@example.org", password: "newcomer password", firstName: "New", lastName: "" });
    const taken = await signUpAction({ email: " Owner@Example.org ", password: "attacker password", firstName: "Eve", lastName: "" });
    expect(taken).toEqual(fresh);
    expect(fresh).toEqual({ sent: true });

    expect(await db.user.findMany({ where: { email: { in: ["owner@example.org", "newcomer@example.org"] } }, orderBy: { id: "asc" }, select: { email: true, firstName: true } })).toEqual([
      { email: "owner@example.org", firstName: "Ona" },
      { email: "newcomer@example.org", firstName: "New" },
    ]);
    const stored = await db.user.findUniqueOrThrow({ where: { id: owner.id } });
    expect(await verifyPassword("owner password", stored.passwordHash)).toBe(true);

    // The newcomer gets the confirmation and welcome; the owner gets the notice, nothing else.
    const newcomer = await db.user.findUniqueOrThrow({ where: { email: "newcomer@example.org" } });
    const tasks = await db.task.findMany({ where: { userId: { in: [owner.id, newcomer.id] } }, select: { id: true, name: true, userId: true } });
    expect(tasks.map(({ name, userId }) => [name, userId]).sort()).toEqual(
      [
        [notificationJobName("account_exists"), owner.id],
        [notificationJobName("user_confirm"), newcomer.id],
        [notificationJobName("user_registration"), newcomer.id],
      ].sort(),
    );
    const notice = tasks.find((task) => task.userId === owner.id);
    await runNotificationTask(notice?.id ?? "");
    expect(await db.mail.findMany({ where: { recipient: "owner@example.org" }, select: { action: true, subject: true, status: true } })).toEqual([
      { action: "account_exists", subject: "Someone tried to sign up with your address", status: "recorded" },
    ]);
  });

  it("answers invalid input beside the fields and creates nothing", async () => {
    expect(await signUpAction({ email: "not an address", password: "short", firstName: "", lastName: "" })).toEqual({
      fieldErrors: { email: "Enter a valid email address", password: "Password must be at least 8 characters" },
    });
    expect(await db.user.count({ where: { email: "not an address" } })).toBe(0);
  });
});
