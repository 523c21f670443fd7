import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FormActions } from "./form-actions";

const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();

describe("FormActions", () => {
  it("says what the last save did, leads back and submits", () => {
    const html = renderToStaticMarkup(<FormActions status="Saved." back={{ href: "/events/x/sessions", label: "Back to sessions" }} submitLabel="Save changes" submitting={false} />);
    expect(text(html)).toBe("Saved. Back to sessions Save changes");
    expect(html).toContain('<p role="status" aria-live="polite" class="mr-auto text-sm text-green-800">Saved.</p>');
    expect(html).toMatch(/<a class="[^"]*" href="\/events\/x\/sessions">Back to sessions<\/a><button type="submit" class="[^"]*">Save changes<\/button>/);
  });

  it("has no status line on a form that leaves the page, and a disabled, saying-so button while saving", () => {
    const html = renderToStaticMarkup(<FormActions back={{ href: "/events", label: "Cancel" }} submitLabel="Create event" submitting />);
    expect(html).not.toContain('role="status"');
    expect(html).toMatch(/<button type="submit" class="[^"]*" disabled="">Saving…<\/button>/);
  });
});
