import { expect, test } from "@playwright/test";
import { DEV_PASSWORD, finishSignUp, openMyEvents, ORGANIZER_EMAIL, signIn, signOut, uniqueEmail } from "../fixtures/auth";
import { linkFromAdminMailLog } from "./outbox";

// The seeded demo event, owned by the seeded organizer (prisma/seed.ts).
const EVENT = { identifier: "ots2027", name: "Open Tech Summit 2027" };

test("[ORGANIZER] invites a co-organizer who accepts through the emailed link", async ({ page, browser }) => {
  const invitee = uniqueEmail("co-organizer");
  const password = "a strong password";

  await signIn(page, ORGANIZER_EMAIL, DEV_PASSWORD);
  await page.goto(`/events/${EVENT.identifier}/team`);
  await expect(page.getByRole("heading", { level: 1, name: "Team" })).toBeVisible();

  // The shared schema's message appears beside the field.
  await page.getByLabel("Email").fill("not an address");
  await page.getByRole("button", { name: "Send invite" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();

  await page.getByLabel("Email").fill(invitee);
  await page.getByLabel("Role").selectOption({ label: "Co-organizer" });
  await page.getByRole("button", { name: "Send invite" }).click();
  await expect(page.getByRole("status")).toHaveText(`Invite sent to ${invitee}.`);
  await expect(page.getByTestId("pending-invites")).toContainText(invitee);
  await signOut(page);

  // The background job wrote the invitation into the outbox; an admin finds it in the mail log.
  const link = await linkFromAdminMailLog(browser, invitee, /invite/, /^\/invites\/[A-Za-z0-9_-]{43}$/);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`You are invited to join ${EVENT.name} as Co-organizer`);

  // No account yet: sign up with the invited address (prefilled) and come back here.
  await page.getByRole("link", { name: "Create account" }).last().click();
  await expect(page.getByLabel("Email")).toHaveValue(invitee);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("main").getByRole("button", { name: "Create account" }).click();
  await finishSignUp(page, invitee, password);
  await expect(page).toHaveURL(new RegExp(`${link}$`));

  await page.getByRole("button", { name: "Accept" }).click();
  await expect(page).toHaveURL(new RegExp(`/events/${EVENT.identifier}$`));
  await expect(page.getByRole("heading", { level: 1, name: EVENT.name })).toBeVisible();

  await openMyEvents(page);
  await expect(page.getByRole("link", { name: EVENT.name })).toBeVisible();

  // The organizer now sees the new co-organizer on the team, and no pending invite for them.
  await signOut(page);
  await signIn(page, ORGANIZER_EMAIL, DEV_PASSWORD);
  await page.goto(`/events/${EVENT.identifier}/team`);
  await expect(page.getByTestId("team-members")).toContainText(invitee);
  await expect(page.getByText(invitee)).toHaveCount(1);
});
