import { beforeAll, describe, expect, test } from "vitest";
import { db } from "../db";
import { createUser } from "../../prisma/factories";
import { findMails, MAIL_LOG_PAGE_SIZE } from "./find-mails";
import { getMail } from "./get-mail";
import { mailLogQuery, mailLogSearch, parseMailLogParams } from "./mail-log-query";
import { escapeHtml, html, unescapeHtml } from "./html";

let admin: { id: number; email: string; isAdmin: boolean; isSuperAdmin: boolean };
let user: typeof admin;

beforeAll(async () => {
  admin = await createUser({ isAdmin: true });
  user = await createUser();
  const start = Date.parse("2027-03-01T00:00:00Z");
  await db.mail.createMany({
    data: Array.from({ length: 30 }, (_, i) => ({
      recipient: i % 2 ? `odd-${i}@example.test` : `even-${i}@example.test`,
      time: new Date(start + i * 60_000),
      action: i < 3 ? "password_reset" : "new_session",
      subject: `Subject ${i}`,
      message: "<p>x</p>",
    })),
  });
});

describe("mail log", () => {
  test("pages of 25, newest first", async () => {
    const first = await findMails(admin, {});
    expect({ count: first.count, size: first.items.length, subjects: first.items.slice(0, 2).map((m) => m.subject) }).toEqual({
      count: 30,
      size: MAIL_LOG_PAGE_SIZE,
      subjects: ["Subject 29", "Subject 28"],
    });
    const second = await findMails(admin, { page: 2 });
    expect(second.items.map((m) => m.subject)).toEqual(["Subject 4", "Subject 3", "Subject 2", "Subject 1", "Subject 0"]);
  });

  test("searches recipient, subject and action case-insensitively", async () => {
    expect((await findMails(admin, { search: "ODD-1" })).items.map((m) => m.recipient)).toEqual([
      "odd-19@example.test", "odd-17@example.test", "odd-15@example.test", "odd-13@example.test", "odd-11@example.test", "odd-1@example.test",
    ]);
    expect((await findMails(admin, { search: "password_reset" })).count).toBe(3);
    expect((await findMails(admin, { search: "subject 2" })).count).toBe(11);
  });

  test("is for admins only: others get NOT_FOUND, anonymous UNAUTHORIZED", async () => {
    await expect(findMails(user, {})).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findMails(null, {})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const mail = await db.mail.findFirstOrThrow();
    await expect(getMail(user, String(mail.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getMail(admin, String(mail.id))).id).toBe(mail.id);
    await expect(getMail(admin, "x")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("html helpers", () => {
  test("escape every interpolation unless it is already SafeHtml", () => {
    const title = `<script>alert("x")</script> & 'co'`;
    expect(html`<p>${title}</p>${html`<b>${"<i>"}</b>`}`.value).toBe(
      "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;</p><b>&lt;i&gt;</b>",
    );
    expect(unescapeHtml(escapeHtml(title))).toBe(title);
  });
});

describe("the mail log's period filters", () => {
  test("`days` lists the last n 24-hour periods, `date` one UTC day; the URL's values are checked", async () => {
    const now = new Date("2032-01-10T12:00:00Z");
    await db.mail.createMany({
      data: ["2032-01-10T11:00:00Z", "2032-01-09T12:00:01Z", "2032-01-09T11:59:59Z", "2032-01-08T00:00:00Z"].map((time) => ({
        recipient: "period@example.test",
        time: new Date(time),
        action: "period",
        subject: "Period",
        message: "x",
      })),
    });
    const count = async (params: Record<string, string>) => (await findMails(admin, mailLogQuery(parseMailLogParams({ q: "period@", ...params })), now)).count;
    expect(await count({})).toBe(4);
    expect(await count({ days: "1" })).toBe(2);
    expect(await count({ days: "2" })).toBe(3);
    expect(await count({ date: "2032-01-09" })).toBe(2);
    expect(await count({ date: "2032-01-08" })).toBe(1);
    // Malformed values are ignored: the whole log is listed.
    expect(await count({ days: "0" })).toBe(4);
    expect(await count({ date: "2032-02-30" })).toBe(4);
    expect(parseMailLogParams({ days: "7", date: "2032-01-09", page: "x" })).toEqual({ q: "", days: null, date: "2032-01-09", page: 1 });
    expect(parseMailLogParams({ days: "400" }).days).toBeNull();
    expect(mailLogSearch(parseMailLogParams({ days: "3", q: "a b" }), 2)).toBe("?q=a+b&days=3&page=2");
  });
});
