// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { afterEach, describe, expect, it } from "vitest";
import { defaultFormFields, customField } from "@/lib/testing/form-fields";
import type { FormField } from "@/lib/custom-forms/form-schema";
import { FormBuilder } from "./form-builder-tabs";

afterEach(cleanup);

const router = { refresh: () => undefined, push: () => undefined } as unknown as AppRouterInstance;

const definition: FormField[] = [
  ...defaultFormFields(),
  customField({ fieldIdentifier: "shirt", name: "Shirt size", type: "select", isRequired: true, position: 14, options: ["S", "M"] }),
];

const renderBuilder = () =>
  render(
    <AppRouterContext.Provider value={router}>
      <FormBuilder eventId="conf" definition={definition} tracks={[]} types={[]} />
    </AppRouterContext.Provider>,
  );

const rowNames = (form: "Session" | "Speaker") =>
  within(screen.getByRole("list", { name: `${form} form fields` }))
    .getAllByRole("listitem")
    .map((item) => item.getAttribute("aria-label"));

describe("FormBuilder", () => {
  it("moves a field up with the keyboard, announces its new place, and the preview follows the new order", async () => {
    const user = userEvent.setup();
    renderBuilder();
    await user.click(screen.getByRole("tab", { name: "Speaker form" }));
    expect(screen.getByRole("tab", { name: "Speaker form" }).getAttribute("aria-selected")).toBe("true");
    expect(rowNames("Speaker").slice(-2)).toEqual(["LinkedIn", "Shirt size"]);

    const up = screen.getByRole("button", { name: "Move Shirt size up" });
    up.focus();
    await user.keyboard("{Enter}");
    await user.keyboard("{Enter}");
    expect(rowNames("Speaker").slice(-3)).toEqual(["Shirt size", "GitHub", "LinkedIn"]);
    expect(screen.getByText("Shirt size moved to position 13 of 15.")).toBeTruthy();
    // The focus stays on the button, so pressing on moves the field further.
    expect(document.activeElement?.getAttribute("aria-label")).toBe("Move Shirt size up");

    // The preview shows the speaker's form in the new order (GitHub and LinkedIn are not included).
    const preview = screen.getByRole("form", { name: "Preview of the speaker form" });
    const labels = Array.from(preview.querySelectorAll("label[for]"))
      .map((label) => label.textContent?.trim())
      .filter((text) => !text?.startsWith("Upload"));
    expect(labels.slice(-3)).toEqual(["Website", "Twitter", "Shirt size *"]);

    // The tab says it has unsaved changes.
    expect(screen.getByRole("tab", { name: "Speaker form (unsaved)" })).toBeTruthy();
  });

  it("locks the fixed fields' switches and says why; the drag handles are keyboard-operable buttons", () => {
    renderBuilder();
    const title = within(screen.getByRole("list", { name: "Session form fields" })).getByRole("listitem", { name: "Title" });
    expect((within(title).getByRole("switch", { name: "Included" }) as HTMLInputElement).disabled).toBe(true);
    expect((within(title).getByRole("switch", { name: "Required" }) as HTMLInputElement).disabled).toBe(true);
    expect(within(title).getByText("Always included and required: every session needs it.")).toBeTruthy();
    const handle = within(title).getByRole("button", { name: "Drag Title" });
    expect(handle.getAttribute("aria-roledescription")).toBe("sortable");
    expect(handle.getAttribute("aria-describedby")).toBeTruthy();
  });
});
