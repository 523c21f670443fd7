// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useForm } from "react-hook-form";
import { afterEach, describe, expect, it } from "vitest";
import { defaultFormFields, customField } from "@/lib/testing/form-fields";
import type { FormField } from "@/lib/custom-forms/form-schema";
import type { ProposalInput } from "@/lib/proposals/schemas";
import { ProposalFields, proposalResolver, type ProposalData } from "./proposal-fields";

afterEach(cleanup);

const builtIns = defaultFormFields();

const custom = (fieldIdentifier: string, type: string, extra: Partial<FormField> = {}): FormField => customField({ fieldIdentifier, type, ...extra });

/** The speaker form: the defaults, slides required, and one custom field of every type. */
const definition: FormField[] = [
  ...builtIns.map((field) => (field.fieldIdentifier === "slidesUrl" ? { ...field, isRequired: true } : field)),
  custom("Nickname", "text", { position: 101, description: "What people call you." }),
  custom("Story", "paragraph", { position: 102 }),
  custom("Contact", "email", { position: 103 }),
  custom("Blog", "url", { position: 104 }),
  custom("Talks", "number", { position: 105, min: 0, max: 50 }),
  custom("Since", "year", { position: 106 }),
  custom("Shirt", "select", { position: 107, isRequired: true, options: ["S", "M", "L"] }),
  custom("Diet", "checkbox", { position: 108, options: ["Vegan", "Halal"] }),
  custom("Travel", "boolean", { position: 109 }),
  custom("Headshot", "image", { position: 110 }),
  custom("Deck", "file", { position: 111 }),
  custom("Hidden", "text", { position: 112, isIncluded: false }),
];

const defaults: ProposalInput = { title: "", shortAbstract: "", speakerName: "Ada", organisation: "", shortBiography: "", submit: true, speaker: { email: "ada@example.org" } };

/** The fields' labels and legends in document order (the upload buttons are labels too; a rich-text field's label names its editor by id). */
const fieldLabels = () =>
  Array.from(document.querySelectorAll("label[for], label[id$='-label'], legend"))
    .map((node) => node.textContent?.trim())
    .filter((text) => !text?.startsWith("Upload"));

function Harness({ form }: { form: "session" | "speaker" }) {
  const { register, control, formState, handleSubmit } = useForm<ProposalInput, unknown, ProposalData>({
    defaultValues: defaults,
    resolver: proposalResolver(definition),
    mode: "onTouched",
  });
  return (
    <form noValidate onSubmit={handleSubmit(() => undefined)}>
      <ProposalFields form={form} definition={definition} tracks={[{ id: 1, name: "Web" }]} types={[]} register={register} control={control} errors={formState.errors} />
      <button type="submit">Send</button>
    </form>
  );
}

describe("ProposalFields", () => {
  it("renders the speaker form's included fields in order, each by its type, required ones marked", async () => {
    render(<Harness form="speaker" />);
    const labels = fieldLabels();
    expect(labels).toEqual([
      "Name *",
      "Email *",
      "Photo",
      "Organisation",
      "Position",
      "Country",
      "Short Biography",
      "Website",
      "Twitter",
      "Nickname",
      "Story",
      "Contact",
      "Blog",
      "Talks",
      "Since",
      "Shirt *",
      "Diet",
      "Travel",
      "Headshot",
      "Deck",
    ]);
    expect(screen.getByLabelText("Nickname")).toHaveProperty("type", "text");
    expect(screen.getByText("What people call you.")).toBeTruthy();
    expect((await screen.findByRole("textbox", { name: "Story" }, { timeout: 10_000 })).getAttribute("contenteditable")).toBe("true");
    expect(screen.getByRole("toolbar", { name: "Formatting of Story" })).toBeTruthy();
    expect(screen.getByLabelText("Contact")).toHaveProperty("type", "email");
    expect(screen.getByLabelText("Blog")).toHaveProperty("type", "url");
    expect(screen.getByText("Between 0 and 50.")).toBeTruthy();
    const shirt = screen.getByRole("combobox", { name: /Shirt/ });
    expect(within(shirt).getAllByRole("option").map((option) => option.textContent)).toEqual(["Choose…", "S", "M", "L"]);
    expect(shirt.getAttribute("aria-required")).toBe("true");
    const diet = screen.getByRole("group", { name: "Diet" });
    expect(within(diet).getAllByRole("checkbox").map((box) => box.parentElement?.textContent)).toEqual(["Vegan", "Halal"]);
    const travel = screen.getByRole("group", { name: "Travel" });
    expect(within(travel).getAllByRole("radio").map((radio) => radio.parentElement?.textContent)).toEqual(["Yes", "No"]);
    expect(screen.getByText("Upload an image for Headshot…")).toBeTruthy();
    expect(screen.getByText("Upload a file for Deck…")).toBeTruthy();
    expect(screen.queryByText("Hidden")).toBeNull();
    // Only the included fields: the long biography is left out by default.
    expect(screen.queryByText("Long Biography")).toBeNull();
  });

  it("renders the session form for speakers without the organizers' comments, slides required with an upload", () => {
    render(<Harness form="session" />);
    const labels = fieldLabels();
    expect(labels).toEqual(["Title *", "Short Abstract", "Slides *"]);
    expect(screen.getByText("Upload a file for Slides…")).toBeTruthy();
  });

  it("checks the answers as one types, with the messages of the event's form beside their fields", async () => {
    const user = userEvent.setup();
    render(<Harness form="speaker" />);
    await user.type(screen.getByLabelText("Talks"), "99");
    await user.tab();
    await waitFor(() => expect(screen.getByText("Must be at most 50")).toBeTruthy());
    expect(screen.getByLabelText("Talks").getAttribute("aria-describedby")).toContain("-error");
    await user.click(screen.getByRole("button", { name: "Send" }));
    await waitFor(() => expect(screen.getByText("Shirt is required")).toBeTruthy());
    await user.selectOptions(screen.getByRole("combobox", { name: /Shirt/ }), "M");
    await user.clear(screen.getByLabelText("Talks"));
    await user.type(screen.getByLabelText("Talks"), "3");
    await waitFor(() => expect(screen.queryByText("Shirt is required")).toBeNull());
    expect(screen.queryByText("Must be at most 50")).toBeNull();
  });
});
