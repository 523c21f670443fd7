import { expect, test, type Locator } from "@playwright/test";
import { DEV_PASSWORD, signIn, signOut, signUp, uniqueEmail } from "../fixtures/auth";
import { acceptOpenSession, createEvent, JSON_API, openForProposals } from "../fixtures/events";

/** The seeded speaker account (prisma/seed): Priya Raman. */
const SPEAKER_EMAIL = "speaker@example.com";

/** Markup a speaker might paste from a hostile page: a script, an event handler, a `javascript:` link. */
const HOSTILE =
  '<p onclick="window.pwned = 1">Kept <b>bold</b></p><script>window.pwned = 2</script><img src="/x.png" onerror="window.pwned = 3">' +
  '<p><a href="javascript:window.pwned = 4">bad link</a> and <a href="https://example.org/plan">a good one</a></p>';
const PASTED = '<p>Kept <strong>bold</strong></p><p>bad link and <a rel="nofollow noopener noreferrer ugc" href="https://example.org/plan">a good one</a></p>';

/** Pastes HTML into an editor as the browser does from the clipboard. */
async function pasteHtml(editor: Locator, html: string): Promise<void> {
  await editor.click();
  await editor.evaluate((element, markup) => {
    const data = new DataTransfer();
    data.setData("text/html", markup);
    data.setData("text/plain", markup.replace(/<[^>]*>/g, ""));
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

test("[SPEAKER] writes bold text and a list in a paragraph field of the proposal page and pastes hostile markup, which is stripped; [ORGANIZER] and the public see it formatted", async ({
  page,
}) => {
  // Two accounts, a proposal and an acceptance: more than the default minute on a loaded machine.
  test.setTimeout(180_000);
  const organizerEmail = uniqueEmail("rich");
  const password = "correct horse battery";
  const title = `Formatted proposals ${Date.now().toString(36)}`;
  page.on("dialog", (dialog) => void dialog.dismiss());

  // [ORGANIZER] an event taking proposals, whose session form has a custom paragraph field.
  await signUp(page, organizerEmail, password);
  const eventId = await createEvent(page, { name: `Rich Text Conf ${Date.now().toString(36)}` });
  const id = await openForProposals(page, eventId);
  const field = await page.request.post("/v1/custom-forms", {
    headers: JSON_API,
    data: {
      data: {
        type: "custom-form",
        attributes: { form: "session", "field-identifier": "outline", name: "Outline", type: "paragraph", "is-included": true, "is-public": true },
        relationships: { event: { data: { type: "event", id } } },
      },
    },
  });
  expect(field.status(), await field.text()).toBe(201);

  // [SPEAKER] writes with the keyboard and the toolbar.
  await signOut(page);
  await signIn(page, SPEAKER_EMAIL, DEV_PASSWORD);
  await page.goto(`/e/${eventId}/propose`);
  const proposal = page.getByRole("form", { name: "Session proposal" });
  await proposal.getByRole("textbox", { name: "Title" }).fill(title);
  const abstract = proposal.getByRole("textbox", { name: "Short Abstract" });
  const toolbar = proposal.getByRole("toolbar", { name: "Formatting of Short Abstract" });
  await abstract.click();
  await page.keyboard.type("Forms that ");
  await toolbar.getByRole("button", { name: "Bold" }).click();
  await expect(toolbar.getByRole("button", { name: "Bold" })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.type("fit");
  await page.keyboard.press("Control+b");
  await page.keyboard.type(" everyone.");
  await page.keyboard.press("Enter");
  await toolbar.getByRole("button", { name: "Bulleted list" }).click();
  await page.keyboard.type("a builder");
  await page.keyboard.press("Enter");
  await page.keyboard.type("a preview");
  const written = "<p>Forms that <strong>fit</strong> everyone.</p><ul><li><p>a builder</p></li><li><p>a preview</p></li></ul>";
  await expect(abstract).toHaveJSProperty("innerHTML", written);

  // Pasted hostile markup keeps its text and safe formatting only, and runs nothing.
  const outline = proposal.getByRole("textbox", { name: "Outline" });
  await pasteHtml(outline, HOSTILE);
  await expect(outline).toHaveJSProperty("innerHTML", PASTED);
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();

  // Fits a phone: the toolbar wraps, nothing scrolls sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await proposal.getByRole("button", { name: "Submit proposal" }).click();
  await expect(page).toHaveURL(/\/my-sessions\/\d+$/);
  const sessionId = /\/my-sessions\/(\d+)$/.exec(page.url())![1]!;

  // [ORGANIZER] sees it formatted in the session's editor, stored as sanitized HTML, and accepts it.
  await signOut(page);
  await signIn(page, organizerEmail, password);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/events/${eventId}/sessions/${sessionId}`);
  await expect(page.getByRole("textbox", { name: "Short abstract" })).toHaveJSProperty("innerHTML", written);
  await expect(page.getByRole("textbox", { name: "Short abstract" }).locator("strong")).toHaveText("fit");
  await expect(page.getByRole("textbox", { name: "Outline" })).toHaveJSProperty("innerHTML", PASTED);
  const stored = (await (await page.request.get(`/v1/sessions/${sessionId}`, { headers: JSON_API })).json()) as { data: { attributes: Record<string, unknown> } };
  expect([stored.data.attributes["short-abstract"], stored.data.attributes["complex-field-values"]]).toEqual([written, { outline: PASTED }]);
  await acceptOpenSession(page);

  // The public session page renders the abstract formatted.
  await signOut(page);
  await page.goto(`/e/${eventId}/sessions/${sessionId}`);
  const shown = page.getByRole("region", { name: "Abstract" });
  await expect(shown.locator("strong")).toHaveText("fit");
  await expect(shown.getByRole("listitem")).toHaveText(["a builder", "a preview"]);
});
