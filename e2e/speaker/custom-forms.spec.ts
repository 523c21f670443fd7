import { expect, test, type Page } from "@playwright/test";
import { DEV_PASSWORD, signIn, signOut, signUp, uniqueEmail } from "../fixtures/auth";
import { acceptOpenSession, createEvent, JSON_API, openForProposals } from "../fixtures/events";

/** The seeded speaker account (prisma/seed): Priya Raman. */
const SPEAKER_EMAIL = "speaker@example.com";

const fieldRows = (page: Page, form: "Session" | "Speaker") => page.getByRole("list", { name: `${form} form fields` }).getByRole("listitem");

test("[ORGANIZER] requires slides and adds a required private select moved up by keyboard; [SPEAKER] is refused beside both, corrects them and proposes; the organizer sees the answer, the public does not; the speaker withdraws", async ({
  page,
}) => {
  // Two accounts, a build of forms and a proposal: more than the default minute on a loaded machine.
  test.setTimeout(180_000);
  const organizerEmail = uniqueEmail("forms");
  const password = "correct horse battery";
  const title = `Forms that fit ${Date.now().toString(36)}`;

  // [ORGANIZER] an event that takes proposals.
  await signUp(page, organizerEmail, password);
  const eventId = await createEvent(page, { name: `Forms Conf ${Date.now().toString(36)}` });
  await openForProposals(page, eventId);

  // The Forms page, from the event's navigation: slides become required.
  await page.getByRole("navigation", { name: "Event" }).getByRole("link", { name: "Forms" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Forms" })).toBeVisible();
  const title_ = fieldRows(page, "Session").filter({ has: page.getByText("Title", { exact: true }) });
  await expect(title_.getByRole("switch", { name: "Required" })).toBeDisabled();
  await expect(title_.getByText("Always included and required: every session needs it.")).toBeVisible();
  const slides = page.getByRole("listitem", { name: "Slides" });
  await slides.getByRole("switch", { name: "Required" }).check();
  // The preview marks it at once.
  await expect(page.getByRole("form", { name: "Preview of the session form" }).getByText("Slides *")).toBeVisible();
  await page.getByRole("button", { name: "Save the session form" }).click();
  await expect(page.getByRole("tabpanel", { name: "Session form" }).getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  // The speaker form: a required select, not public, moved above the social links by keyboard.
  await page.getByRole("tab", { name: "Speaker form" }).click();
  const speakerPanel = page.getByRole("tabpanel", { name: "Speaker form" });
  await speakerPanel.getByRole("button", { name: "Add a field" }).click();
  const field = fieldRows(page, "Speaker").last();
  await field.getByLabel("Name").fill("T-shirt size");
  await field.getByLabel("Type").selectOption("select");
  await field.getByLabel("Options").fill("Small\nMedium\nLarge");
  await field.getByRole("switch", { name: "Required" }).check();
  await expect(field.getByRole("switch", { name: "Public" })).not.toBeChecked();
  const shirt = page.getByRole("listitem", { name: "T-shirt size" });
  await shirt.getByRole("button", { name: "Move T-shirt size up" }).focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press("Enter");
  const names = await fieldRows(page, "Speaker").evaluateAll((items) => items.map((item) => item.getAttribute("aria-label")));
  expect(names.slice(8)).toEqual(["T-shirt size", "Mobile", "Website", "Facebook", "Twitter", "GitHub", "LinkedIn"]);
  await expect(speakerPanel.getByRole("status").filter({ hasText: "T-shirt size moved to position 9 of 15." })).toBeVisible();
  await speakerPanel.getByRole("button", { name: "Save the speaker form" }).click();
  await expect(speakerPanel.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.reload();
  await page.getByRole("tab", { name: "Speaker form" }).click();
  await expect(page.getByRole("listitem", { name: "T-shirt size" })).toBeVisible();
  // On a 360 px phone, with the new field's settings open, nothing scrolls sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByRole("listitem", { name: "T-shirt size" }).getByRole("button", { name: "Edit T-shirt size" }).click();
  await expect(page.getByRole("listitem", { name: "T-shirt size" }).getByLabel("Options")).toHaveValue("Small\nMedium\nLarge");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // [SPEAKER] the proposal page asks for both, marked required.
  await signOut(page);
  await signIn(page, SPEAKER_EMAIL, DEV_PASSWORD);
  await page.goto(`/e/${eventId}/propose`);
  const proposal = page.getByRole("form", { name: "Session proposal" });
  const slidesInput = proposal.getByRole("textbox", { name: "Slides" });
  const shirtSelect = proposal.getByRole("combobox", { name: "T-shirt size" });
  await expect(proposal.getByText("Slides *")).toBeVisible();
  await expect(proposal.getByText("T-shirt size *")).toBeVisible();
  await proposal.getByRole("textbox", { name: "Title" }).fill(title);
  await proposal.getByRole("textbox", { name: "Short Abstract" }).fill("Session and speaker forms that organizers shape themselves.");
  await proposal.getByRole("button", { name: "Submit proposal" }).click();
  await expect(proposal.getByText("Slides is required")).toBeVisible();
  await expect(proposal.getByText("T-shirt size is required")).toBeVisible();
  await expect(slidesInput).toHaveAttribute("aria-invalid", "true");
  await expect(shirtSelect).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(new RegExp(`/e/${eventId}/propose$`));

  await slidesInput.fill("https://example.org/forms-that-fit.pdf");
  await shirtSelect.selectOption("Large");
  await expect(proposal.getByText("Slides is required")).toHaveCount(0);
  await expect(proposal.getByText("T-shirt size is required")).toHaveCount(0);
  await proposal.getByRole("button", { name: "Submit proposal" }).click();
  await expect(page).toHaveURL(/\/my-sessions\/\d+$/);
  const mySessionUrl = page.url();
  await expect(page.getByTestId("session-state")).toHaveText(/pending/i);

  // [ORGANIZER] sees the answer on the speaker's page, and accepts the session.
  await signOut(page);
  await signIn(page, organizerEmail, password);
  await page.goto(`/events/${eventId}/speakers`);
  await page.getByRole("link", { name: "Priya Raman" }).first().click();
  await expect(page).toHaveURL(new RegExp(`/events/${eventId}/speakers/\\d+$`));
  const speakerId = /\/speakers\/(\d+)$/.exec(page.url())![1]!;
  await expect(page.getByRole("region", { name: "More details" }).getByRole("combobox", { name: "T-shirt size" })).toHaveValue("Large");
  await page.goto(`/events/${eventId}/sessions`);
  await page.getByRole("link", { name: title }).click();
  await acceptOpenSession(page);

  // The public: the speaker's page and document without the private answer.
  await signOut(page);
  await page.goto(`/e/${eventId}/speakers/${speakerId}`);
  await expect(page.getByRole("heading", { level: 1, name: "Priya Raman" })).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText("T-shirt");
  await expect(page.getByRole("main")).not.toContainText("Large");
  const speakerDocument = (await (await page.request.get(`/v1/speakers/${speakerId}`, { headers: JSON_API })).json()) as {
    data: { attributes: Record<string, unknown> };
  };
  expect(JSON.stringify(speakerDocument)).not.toContain("Large");

  // [SPEAKER] withdraws the proposal.
  await signIn(page, SPEAKER_EMAIL, DEV_PASSWORD);
  await page.goto(mySessionUrl);
  await page.getByRole("button", { name: "Withdraw proposal" }).click();
  const dialog = page.getByRole("dialog", { name: "Withdraw this proposal?" });
  await dialog.getByRole("button", { name: "Withdraw" }).click();
  await expect(page.getByTestId("session-state")).toHaveText(/withdrawn/i);
  await expect(page.getByRole("button", { name: "Withdraw proposal" })).toHaveCount(0);
});
