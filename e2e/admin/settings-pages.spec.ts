import { expect, test } from "@playwright/test";
import { DEV_PASSWORD, signIn } from "../fixtures/auth";

test("[ADMIN] changes the tagline and adds a footer page; every visitor sees both, the page's script removed", async ({ page, browser }) => {
  await signIn(page, "admin@example.com", DEV_PASSWORD);
  await page.goto("/admin/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();

  // Validated as you type, with the API's schema.
  const support = page.getByLabel("Support URL");
  await support.fill("javascript:alert(1)");
  await expect(page.getByText("Must be an http(s) URL")).toBeVisible();
  await support.fill("https://help.example.org");
  const tagline = `Conferences, run well ${Date.now()}`;
  await page.getByLabel("Tagline").fill(tagline);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toHaveText("Settings saved.");

  const url = `e2e-${Date.now()}`;
  await page.goto("/admin/pages/new");
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("Code of conduct");
  await page.getByRole("textbox", { name: "URL", exact: true }).fill(url);
  await page.getByLabel("Content").fill("<p>Be excellent to each other.</p><script>document.title='owned'</script>");
  await page.getByRole("button", { name: "Create page" }).click();
  await expect(page).toHaveURL(/\/admin\/pages\/\d+$/);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/");
  const footer = visitor.getByRole("contentinfo");
  await expect(footer).toContainText(tagline);
  await expect(footer.getByRole("link", { name: "Support" })).toHaveAttribute("href", "https://help.example.org");
  await footer.getByRole("link", { name: "Code of conduct" }).click();
  await expect(visitor).toHaveURL(new RegExp(`/pages/${url}$`));
  await expect(visitor.getByRole("heading", { level: 1, name: "Code of conduct" })).toBeVisible();
  await expect(visitor.getByText("Be excellent to each other.")).toBeVisible();
  expect(await visitor.title()).not.toBe("owned");

  // The API serves the same settings anonymously (Open Event's frontend loads them first).
  const settings = (await (await visitor.request.get("/v1/settings?cache=true&public=true")).json()) as { data: { attributes: Record<string, unknown> } };
  expect(settings.data.attributes.tagline).toBe(tagline);
});
