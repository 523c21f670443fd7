import { expect, test } from "@playwright/test";
import { signIn, signOut, signUp, uniqueEmail } from "../fixtures/auth";
import { linkIn, waitForMail } from "./outbox";

// Lives beside the invite flow because both follow links from the mail outbox (./outbox.ts).

test("[USER] confirms the address and resets a forgotten password through the emailed links", async ({ page }) => {
  const email = uniqueEmail("forgetful");
  await signUp(page, email, "first password");

  const confirmation = await waitForMail(email, /confirm/);
  await page.goto(linkIn(confirmation, /^\/confirm-email$/));
  await expect(page.getByRole("status")).toContainText("Thank you, your email address is confirmed.");
  await signOut(page);

  // The same answer whether or not an account exists.
  const answer = "If an account exists for this address, we sent a link to reset the password. It works for one hour.";
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reset your password" })).toBeVisible();
  await page.getByLabel("Email").fill(uniqueEmail("nobody"));
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status")).toHaveText(answer);
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status")).toHaveText(answer);

  const reset = linkIn(await waitForMail(email, /reset/), /^\/reset-password$/);
  await page.goto(reset);
  await page.getByRole("textbox", { name: "New password", exact: true }).fill("second password");
  await page.getByLabel("Repeat the new password").fill("something else");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("The passwords do not match")).toBeVisible();
  await page.getByLabel("Repeat the new password").fill("second password");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByRole("status")).toContainText("Your password was changed.");

  // Single use.
  await page.goto(reset);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("This reset link is invalid, expired or already used.");

  await signIn(page, email, "second password");
  await expect(waitForMail(email, /change/)).resolves.toMatchObject({ recipient: email });
});
