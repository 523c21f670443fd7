import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { defaultFormRows } from "../custom-forms/fields";
import { formIssues } from "./check-forms";
import { parseArchive } from "./parse-archive";
import { LEGACY_FIXTURES } from "./testing";
import { openZip } from "./zip-reader";

/**
 * The forms of an archive: the legacy `forms` file (JSON strings of include/require settings)
 * maps to the event's fields where it can and says what it cannot; rows of an export keep their
 * options and bounds; the sessions and speakers that do not satisfy the forms are listed, not
 * refused. Parsed only (nothing is written), so the PyCon 2017 sample's data files are enough.
 */

const PYCON = path.join(LEGACY_FIXTURES, "PyCon17");

/** The sample's data files (not its images), with `forms` replaced when given. */
async function pycon(forms?: unknown) {
  const zip = new JSZip();
  for (const name of fs.readdirSync(PYCON)) {
    const full = path.join(PYCON, name);
    if (fs.statSync(full).isFile()) zip.file(name, name === "forms" && forms !== undefined ? JSON.stringify(forms) : fs.readFileSync(full));
  }
  return parseArchive(openZip(await zip.generateAsync({ type: "uint8array" })));
}

type Plan = Awaited<ReturnType<typeof pycon>>;
const summary = (plan: Plan, form: "session" | "speaker") =>
  plan.forms
    .filter((field) => field.form === form)
    .map((field) => `${field.fieldIdentifier}${field.isComplex ? "?" : ""}${field.isIncluded ? "+" : "-"}${field.isRequired ? "*" : ""}`);

describe("the legacy forms file", () => {
  it("maps PyCon 2017's forms to the built-in fields (old names included), adds the ones it lacks, and lists the speakers without an email", async () => {
    const plan = await pycon();
    // In the sample's order; `level` was not in it and comes last with its default settings.
    expect(summary(plan, "session")).toEqual([
      "shortAbstract+",
      "subtitle-",
      "sessionType-",
      "track-",
      "slidesUrl+",
      "videoUrl-",
      "longAbstract-",
      "language-",
      "title+*",
      "comments+",
      "audioUrl-",
      "level-",
    ]);
    expect(summary(plan, "speaker")).toEqual([
      "website+",
      "shortBiography+",
      "photoUrl+",
      "twitter+",
      "linkedin-",
      "facebook-",
      "github-",
      "name+*",
      "longBiography-",
      "mobile-",
      "country+",
      "organisation+",
      "position+",
      "email+*",
    ]);
    expect(plan.forms.find((field) => field.fieldIdentifier === "slidesUrl")).toEqual({
      form: "session",
      fieldIdentifier: "slidesUrl",
      name: "Slides",
      type: "file",
      isRequired: false,
      isIncluded: true,
      isFixed: false,
      position: 4,
      description: null,
      isPublic: true,
      isComplex: false,
      min: null,
      max: null,
      options: [],
    });
    expect(plan.skipped.filter((line) => line.startsWith("forms"))).toEqual([]);
    // The sample's speakers have no email, which the speaker form requires: imported as they are, and listed.
    const issues = formIssues(plan);
    expect(issues.slice(0, 2)).toEqual(["speakers: item 1: /email: Email is required", "speakers: item 2: /email: Email is required"]);
    expect(issues).toHaveLength(51);
    expect(issues.at(-1)).toBe("… and 93 more");
  });

  it("makes custom fields of names it does not know, and skips columns its forms do not ask for and names that cannot be identifiers", async () => {
    const settings = (fields: Record<string, [number, number]>) => JSON.stringify(Object.fromEntries(Object.entries(fields).map(([name, [include, require]]) => [name, { include, require }])));
    const plan = await pycon([
      {
        id: 1,
        "session-form": settings({ title: [1, 0], slides: [1, 1], "target-audience": [1, 1] }),
        "speaker-form": settings({ name: [1, 1], "heard-from": [1, 0], "speaking-experience": [1, 0], "bad key!": [1, 0] }),
      },
    ]);
    expect(summary(plan, "session")).toEqual([
      "title+*",
      "slidesUrl+*",
      "targetAudience?+*",
      ...defaultFormRows()
        .filter((row) => row.form === "session" && !["title", "slidesUrl"].includes(row.fieldIdentifier))
        .map((row) => `${row.fieldIdentifier}${row.isIncluded ? "+" : "-"}${row.isRequired ? "*" : ""}`),
    ]);
    expect(summary(plan, "speaker").slice(0, 2)).toEqual(["name+*", "heardFrom?+"]);
    expect(plan.forms.find((field) => field.fieldIdentifier === "heardFrom")).toMatchObject({ name: "Heard from", type: "text", isPublic: false });
    expect(plan.skipped.filter((line) => line.startsWith("forms"))).toEqual([
      'forms: item 1 (id 1) speaker-form: "speaking-experience" is not a field of this server\'s speaker form; not imported',
      'forms: item 1 (id 1) speaker-form: "bad key!" cannot be a field identifier; not imported',
    ]);
    // Slides and the target audience are now required: no session of the sample has an audience.
    expect(formIssues(plan).slice(0, 2)).toEqual([
      "sessions: item 1: /slides-url: Slides is required",
      "sessions: item 1: /complex-field-values/targetAudience: Target audience is required",
    ]);
  });

  it("keeps the options and bounds of exported fields, and says what it had to drop", async () => {
    const row = (fields: Record<string, unknown>) => ({ form: "speaker", name: "Field", is_included: true, ...fields });
    const plan = await pycon([
      row({ id: 1, field_identifier: "shirt", type: "select", options: ["S", { value: "M" }, "S", " "], is_required: true, is_public: true }),
      row({ id: 2, field_identifier: "age", type: "number", min: 18, max: 99 }),
      row({ id: 3, field_identifier: "colour", type: "colour" }),
      row({ id: 4, field_identifier: "note", type: "text", options: ["a"], min: 5, max: 1 }),
      row({ id: 5, field_identifier: "photo", type: "text", is_required: true }),
    ]);
    expect(plan.forms.filter((field) => field.isComplex).map(({ fieldIdentifier, type, options, min, max, isRequired, isPublic }) => ({ fieldIdentifier, type, options, min, max, isRequired, isPublic }))).toEqual([
      { fieldIdentifier: "shirt", type: "select", options: ["S", "M"], min: null, max: null, isRequired: true, isPublic: true },
      { fieldIdentifier: "age", type: "number", options: [], min: 18, max: 99, isRequired: false, isPublic: false },
      { fieldIdentifier: "colour", type: "text", options: [], min: null, max: null, isRequired: false, isPublic: false },
      { fieldIdentifier: "note", type: "text", options: [], min: null, max: null, isRequired: false, isPublic: false },
    ]);
    // Open Event's `photo` is the photo column, whose type is an image.
    expect(plan.forms.find((field) => field.fieldIdentifier === "photoUrl")).toMatchObject({ type: "image", isComplex: false, isRequired: true });
    expect(plan.skipped.filter((line) => line.startsWith("forms"))).toEqual([
      'forms: item 3 (id 3): type "colour" is not a field type of this server; imported as text',
      "forms: item 4 (id 4): a text field has no options; its options were not imported",
      "forms: item 4 (id 4): min 5 is more than max 1; the bounds were not imported",
    ]);
  });
});
