import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEV_PASSWORD, signIn, signUp, uniqueEmail } from "../fixtures/auth";

const ADMIN_EMAIL = "admin@example.com";
const PASSWORD = "correct horse battery";

/** A new account signed in in a browser context of its own. */
async function newcomer(browser: Browser, prefix: string): Promise<{ page: Page; email: string; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = uniqueEmail(prefix);
  await signUp(page, email, PASSWORD);
  return { page, email, close: () => context.close() };
}

/** The admin's page of the account with this address, found through the users list's search. */
async function openUser(page: Page, email: string): Promise<void> {
  await page.goto("/admin/users");
  await page.getByRole("search", { name: "Filter users" }).getByLabel("Search").fill(email);
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByTestId("users-count")).toHaveText("1 user matches the filters");
  await page.getByRole("list", { name: "Users" }).getByRole("link").click();
  await expect(page).toHaveURL(/\/admin\/users\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: email })).toBeVisible();
}

test("[ADMIN] promotes a user to admin, who then reaches the admin area, and demotes them again", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const user = await newcomer(browser, "promoted");
  try {
    // Not an admin yet: the admin area does not exist for them.
    expect((await user.page.goto("/admin"))?.status()).toBe(404);

    await signIn(page, ADMIN_EMAIL, DEV_PASSWORD);
    await openUser(page, user.email);
    const rights = page.getByRole("region", { name: "Rights and verification" });
    await rights.getByRole("button", { name: /^Make admin:/ }).click();
    await rights.getByRole("button", { name: "Yes, make admin" }).click();
    await expect(page.getByTestId("user-badges").getByText("Admin", { exact: true })).toBeVisible();

    expect((await user.page.goto("/admin"))?.status()).toBe(200);
    await expect(user.page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    // The list filters by it too.
    await page.goto(`/admin/users?is-admin=true&q=${encodeURIComponent(user.email)}`);
    await expect(page.getByTestId("users-count")).toHaveText("1 user matches the filters");

    await openUser(page, user.email);
    await rights.getByRole("button", { name: /^Remove admin rights of/ }).click();
    await rights.getByRole("button", { name: "Yes, remove admin rights" }).click();
    await expect(page.getByTestId("user-badges").getByText("Admin", { exact: true })).toHaveCount(0);
    expect((await user.page.goto("/admin"))?.status()).toBe(404);
  } finally {
    await user.close();
  }
});

test("[ADMIN] deletes a user, who is signed out and cannot sign in again, then restores them", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const user = await newcomer(browser, "deleted");
  try {
    await signIn(page, ADMIN_EMAIL, DEV_PASSWORD);
    await openUser(page, user.email);
    await page.getByRole("button", { name: /^Delete account of/ }).click();
    await page.getByRole("button", { name: "Yes, delete the account" }).click();
    await expect(page.getByTestId("user-badges").getByText(/^Deleted/)).toBeVisible();
    await expect(page.getByRole("button", { name: /^Restore account of/ })).toBeVisible();

    // Their open session is dead: the dashboard sends them to sign in, and signing in is refused.
    await user.page.goto("/account");
    await expect(user.page).toHaveURL(/\/sign-in/);
    await user.page.getByLabel("Email").fill(user.email);
    await user.page.getByLabel("Password").fill(PASSWORD);
    await user.page.getByRole("button", { name: "Sign in" }).click();
    await expect(user.page.getByRole("main").getByRole("alert")).toContainText("Invalid email or password");
    // The API refuses the account too.
    const login = await user.page.request.post("/v1/auth/login", { data: { email: user.email, password: PASSWORD } });
    expect(login.status()).toBe(401);

    // Listed among the deleted accounts; restored, it signs in again.
    await page.goto(`/admin/users?deleted=only&q=${encodeURIComponent(user.email)}`);
    await expect(page.getByTestId("users-count")).toHaveText("1 user matches the filters");
    await page.getByRole("list", { name: "Users" }).getByRole("link").click();
    await page.getByRole("button", { name: /^Restore account of/ }).click();
    await page.getByRole("button", { name: "Yes, restore it" }).click();
    await expect(page.getByRole("button", { name: /^Delete account of/ })).toBeVisible();
    await signIn(user.page, user.email, PASSWORD);
  } finally {
    await user.close();
  }
});

test("[USER] edits their profile with a photo on the account page", async ({ browser }) => {
  test.setTimeout(120_000);
  const user = await newcomer(browser, "profile");
  try {
    const { page } = user;
    await page.goto("/account");
    const form = page.getByRole("form", { name: "Profile" });
    await form.getByLabel("First name").fill("Grace");
    await form.getByLabel("Family name").fill("Hopper");
    await form.getByLabel("Public name").fill("Amazing Grace");
    await form.getByLabel("Twitter").fill("not a url");
    await form.getByRole("button", { name: "Save profile" }).click();
    await expect(form.getByText("Must be an http(s) URL")).toBeVisible();
    await form.getByLabel("Twitter").fill("https://twitter.example/grace");
    await form.locator('input[type="file"]').setInputFiles({ name: "me.png", mimeType: "image/png", buffer: Buffer.from(PNG, "base64") });
    await expect(form.getByText("Uploaded; save to keep it.")).toBeVisible();
    const photo = await form.getByLabel("Photo URL").inputValue();
    expect(photo).toMatch(/^\/uploads\//);
    await form.getByRole("button", { name: "Save profile" }).click();
    await expect(form.getByRole("status").filter({ hasText: "Profile saved." })).toBeVisible();

    await page.reload();
    await expect(form.getByLabel("Public name")).toHaveValue("Amazing Grace");
    await expect(form.getByLabel("Twitter")).toHaveValue("https://twitter.example/grace");
    await expect(page.locator(`img[src="${photo}"]`).first()).toBeVisible();
  } finally {
    await user.close();
  }
});

/** A 52×20 red PNG. */
const PNG =
  "iVBORw0KGgoAAAANSUhEUgAAADQAAAAUCAIAAABNtomKAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAO0lEQVRIie2WSQ0AQBDCRk39C6qYlcE+miCAEK4TvsXNGRg5Uo692ywQpBx5jgJhVUIlTAtB2+r6kggPVQGyvcg3YD8AAAAASUVORK5CYII=";
