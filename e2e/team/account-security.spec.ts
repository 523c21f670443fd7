import { expect, test } from "@playwright/test";
import { DEV_PASSWORD, ORGANIZER_EMAIL, signIn, signUp, uniqueEmail } from "../fixtures/auth";
import { waitForMail } from "./outbox";

// Lives beside the account mail flows because it reads the mail outbox (./outbox.ts) too.

test("[USER] sign-in sends the browser only to this site, whatever callbackUrl says", async ({ browser, baseURL }) => {
  const targets = ["/..//evil.example", "/\t/evil.example", "/.%2e//evil.example", "/\n/evil.example", "https://evil.example/"];
  for (const target of targets) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const signInPage = await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(target)}`);
    expect(signInPage?.status()).toBe(200);
    await page.getByLabel("Email").fill(ORGANIZER_EMAIL);
    await page.getByLabel("Password").fill(DEV_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${baseURL}/events`);

    // Signed in, the sign-in page forwards at once: to the same safe place, never a 500.
    const again = await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(target)}`);
    expect(again?.status()).toBe(200);
    await expect(page).toHaveURL(`${baseURL}/events`);
    await context.close();
  }
});

test("[USER] signing up with a registered address looks like any sign-up, and the owner gets a mail", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(ORGANIZER_EMAIL);
  await page.getByLabel("Password").fill("someone else's password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toContainText(`We sent a mail to ${ORGANIZER_EMAIL} with the next step.`);
  const mail = await waitForMail(ORGANIZER_EMAIL, /^account_exists$/);
  expect(mail.subject).toBe("Someone tried to sign up with your address");

  // A new address gets the very same note (the fixture checks it, then signs in).
  await signUp(page, uniqueEmail("newcomer"), "correct horse battery");
});

test("[USER] changing the password keeps this browser signed in and signs out other browsers and API tokens", async ({ browser, page, request }) => {
  const email = uniqueEmail("changer");
  await signUp(page, email, "first password");
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email, "first password");
  const login = await request.post("/v1/auth/login", { data: { email, password: "first password" } });
  const { access_token: token } = (await login.json()) as { access_token: string };
  expect((await request.get("/v1/users/me", { headers: { authorization: `JWT ${token}` } })).status()).toBe(200);

  await page.goto("/account");
  await page.getByLabel("Current password").fill("first password");
  await page.getByRole("textbox", { name: "New password", exact: true }).fill("second password");
  await page.getByLabel("Repeat the new password").fill("second password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("form", { name: "Change password" }).getByRole("status")).toContainText("Your password was changed.");

  // This browser is still signed in.
  await page.reload();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("link", { name: "Sign out" })).toBeVisible();
  // The other browser and the earlier API token are not.
  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount$/);
  expect((await request.get("/v1/users/me", { headers: { authorization: `JWT ${token}` } })).status()).toBe(401);
  await other.close();
});

test("[API] a forged X-Forwarded-For does not lift the sign-in limit", async ({ request }) => {
  const email = uniqueEmail("guessed");
  for (let i = 0; i < 5; i++) {
    const response = await request.post("/v1/auth/login", { data: { email, password: "wrong guess" }, headers: { "x-forwarded-for": `203.0.113.${i}` } });
    expect(response.status()).toBe(401);
  }
  const limited = await request.post("/v1/auth/login", { data: { email, password: "wrong guess" }, headers: { "x-forwarded-for": "198.51.100.77" } });
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(14 * 60);
});
