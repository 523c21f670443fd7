// @vitest-environment jsdom
import { zodResolver } from "@hookform/resolvers/zod";
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { get, useForm, useWatch } from "react-hook-form";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { buildFormSchema } from "@/lib/custom-forms/form-schema";
import { customField } from "@/lib/testing/form-fields";
import { RichTextField } from "./rich-text-field";

afterEach(cleanup);

// jsdom lays nothing out; ProseMirror measures ranges and looks up points to place the selection.
beforeAll(() => {
  const rect = { x: 0, y: 0, top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, toJSON: () => ({}) };
  Range.prototype.getClientRects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => rect as DOMRect;
  document.elementFromPoint = () => null;
});

const story = customField({ fieldIdentifier: "story", name: "Story", type: "paragraph", isRequired: true });

/** A speaker form with one required paragraph answer, checked by the form's own schema; the value shown as the form holds it. */
type Values = { name: string; email: string; complexFieldValues: { story: string } };

function Harness({ initial = "", hint }: { initial?: string; hint?: string }) {
  const { control, handleSubmit, formState } = useForm<Values>({
    defaultValues: { name: "Ada", email: "ada@example.org", complexFieldValues: { story: initial } },
    resolver: zodResolver(buildFormSchema([story], "speaker") as unknown as z.ZodType<Values, Values>),
  });
  const value = useWatch({ control, name: "complexFieldValues.story" });
  return (
    <form noValidate onSubmit={handleSubmit(() => undefined)}>
      <RichTextField
        id="story"
        name="complexFieldValues.story"
        label="Story"
        hint={hint}
        required
        error={(get(formState.errors, "complexFieldValues.story") as { message?: string } | undefined)?.message}
        control={control}
      />
      <output data-testid="value">{value}</output>
      <button type="submit">Send</button>
    </form>
  );
}

// The editor is loaded lazily (next/dynamic), the first time slowly under vitest.
const editor = () => screen.findByRole("textbox", { name: "Story" }, { timeout: 10_000 });
const value = () => screen.getByTestId("value").textContent;

describe("RichTextField", () => {
  it("names the editor by its label and describes it by its hint, with a labelled formatting toolbar", async () => {
    render(<Harness hint="A few lines." />);
    const box = await editor();
    expect([box.getAttribute("contenteditable"), box.getAttribute("aria-multiline"), box.getAttribute("aria-required"), box.getAttribute("aria-describedby")]).toEqual([
      "true",
      "true",
      "true",
      "story-hint",
    ]);
    const toolbar = screen.getByRole("toolbar", { name: "Formatting of Story" });
    expect(within(toolbar).getAllByRole("button").map((button) => [button.getAttribute("aria-label"), button.getAttribute("aria-pressed")])).toEqual([
      ["Bold", "false"],
      ["Italic", "false"],
      ["Bulleted list", "false"],
      ["Numbered list", "false"],
      ["Link", "false"],
    ]);
  });

  it("shows stored HTML formatted and plain text as paragraphs, without touching the form's value", async () => {
    render(<Harness initial={"First\nline\n\nSecond & 1 < 2"} />);
    const box = await editor();
    expect(box.innerHTML).toBe("<p>First<br>line</p><p>Second &amp; 1 &lt; 2</p>");
    expect(value()).toBe("First\nline\n\nSecond & 1 < 2");
    cleanup();
    render(<Harness initial="<p><strong>Bold</strong> and <em>italic</em></p><ul><li><p>one</p></li></ul>" />);
    expect((await editor()).innerHTML).toBe("<p><strong>Bold</strong> and <em>italic</em></p><ul><li><p>one</p></li></ul>");
  });

  it("drops hostile markup (scripts, handlers, images, unsafe links) from what it shows and gives the form", async () => {
    const user = userEvent.setup();
    render(<Harness initial={'<p onclick="x()">Hi<img src=x onerror="alert(1)"><script>alert(1)</script> <a href="javascript:alert(1)">there</a></p>'} />);
    const box = await editor();
    expect(box.innerHTML).toBe("<p>Hi there</p>");
    await user.click(screen.getByRole("button", { name: "Bulleted list" }));
    expect(value()).toBe("<ul><li><p>Hi there</p></li></ul>");
  });

  it("turns the toolbar's lists and links into the form's HTML, and shows which are on", async () => {
    const user = userEvent.setup();
    render(<Harness initial="<p>one</p>" />);
    const box = await editor();
    const numbered = screen.getByRole("button", { name: "Numbered list" });
    await user.click(numbered);
    expect(value()).toBe("<ol><li><p>one</p></li></ol>");
    expect(numbered.getAttribute("aria-pressed")).toBe("true");
    await user.click(numbered);
    expect(value()).toBe("<p>one</p>");

    await user.click(box);
    await user.keyboard("{Control>}a{/Control}");
    await user.click(screen.getByRole("button", { name: "Link" }));
    await user.type(screen.getByRole("textbox", { name: "Link address in Story" }), "https://example.org{Enter}");
    await waitFor(() => expect(value()).toBe('<p><a rel="nofollow noopener noreferrer ugc" href="https://example.org">one</a></p>'));
    expect(screen.getByRole("button", { name: "Link" }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.queryByRole("textbox", { name: "Link address in Story" })).toBeNull();
  });

  it("moves between the toolbar's buttons with the arrow keys, one tab stop", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await editor();
    const buttons = within(screen.getByRole("toolbar")).getAllByRole("button");
    await user.tab();
    expect(document.activeElement).toBe(buttons[0]);
    await user.keyboard("{ArrowRight}{ArrowRight}");
    expect(document.activeElement).toBe(buttons[2]);
    await user.keyboard("{End}");
    expect(document.activeElement).toBe(buttons[4]);
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(buttons[0]);
    expect(buttons.map((button) => button.tabIndex)).toEqual([0, -1, -1, -1, -1]);
  });

  it("refuses a required answer left as empty markup with the schema's message beside the field", async () => {
    const user = userEvent.setup();
    render(<Harness initial="<p></p>" />);
    const box = await editor();
    await user.click(screen.getByRole("button", { name: "Send" }));
    expect((await screen.findByRole("alert")).textContent).toBe("Story is required");
    expect([box.getAttribute("aria-invalid"), box.getAttribute("aria-describedby")]).toEqual(["true", "story-error"]);
  });
});
