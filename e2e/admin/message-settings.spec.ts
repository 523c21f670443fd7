import { expect, test, type Page } from "@playwright/test";
import { DEV_PASSWORD, signIn } from "../fixtures/auth";

async function newSessionSetting(page: Page) {
  const response = await page.request.get("/v1/message-settings?page[size]=100");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { data: { attributes: Record<string, unknown> }[] };
  const row = body.data.find((item) => item.attributes.action === "new_session");
  if (!row) throw new Error("no message setting for new_session");
  return { mail: row.attributes["mail-enabled"], notification: row.attributes["notification-enabled"] };
}

test("[ADMIN] switches e-mail for new session proposals off and on again; the setting is saved at once", async ({ page }) => {
  await signIn(page, "admin@example.com", DEV_PASSWORD);
  await page.goto("/admin/messages");
  await expect(page.getByRole("heading", { level: 1, name: "Messages" })).toBeVisible();
  const mail = page.getByRole("switch", { name: "E-mail for New session proposal" });
  const inApp = page.getByRole("switch", { name: "In-app notification for New session proposal" });
  await expect(mail).toHaveAttribute("aria-checked", "true");
  await expect(inApp).toHaveAttribute("aria-checked", "true");

  // A click before the page has hydrated does nothing: click until the switch turns.
  await expect(async () => {
    if ((await mail.getAttribute("aria-checked")) === "true") await mail.click();
    await expect(mail).toHaveAttribute("aria-checked", "false", { timeout: 1000 });
  }).toPass();
  await expect.poll(() => newSessionSetting(page)).toEqual({ mail: false, notification: true });
  // Still off after a reload: it was saved, not just shown.
  await page.reload();
  await expect(mail).toHaveAttribute("aria-checked", "false");
  await expect(inApp).toHaveAttribute("aria-checked", "true");

  // Keyboard works too (Space toggles a switch).
  await mail.focus();
  await page.keyboard.press("Space");
  await expect(mail).toHaveAttribute("aria-checked", "true");
  await expect.poll(() => newSessionSetting(page)).toEqual({ mail: true, notification: true });
});
