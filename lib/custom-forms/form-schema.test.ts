import { describe, expect, it } from "vitest";
import { builtInFields, defaultFormRows, fieldIdentifierFor, FORM_KINDS } from "./fields";
import { askedFields, buildFormSchema, effectiveForm, publicAnswers, publicFieldIdentifiers, type FormField } from "./form-schema";
import { callState, isCallOpen } from "./call-window";
import { customField, defaultFormFields } from "../testing/form-fields";

/** The default form of an event, as its rows (positions in form order). */
const defaults = defaultFormFields;

const custom = (overrides: Partial<FormField>): FormField => customField({ fieldIdentifier: "x", name: "X", position: 50, ...overrides });

/** Issues as [path, message]. */
function issues(definition: FormField[], form: "session" | "speaker", values: Record<string, unknown>, audience?: "speaker") {
  const result = buildFormSchema(definition, form, { audience }).safeParse(values);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
}

describe("the default forms", () => {
  it("are Open Event's: session title and speaker name and email fixed, the rest included and required as its SESSION_FORM and SPEAKER_FORM", () => {
    const summary = Object.fromEntries(
      FORM_KINDS.map((form) => [
        form,
        builtInFields(form).map((field) => `${field.fieldIdentifier}${field.isFixed ? "!" : ""}${field.isIncluded ? "+" : "-"}${field.isRequired ? "*" : ""}`),
      ]),
    );
    expect(summary).toEqual({
      session: ["title!+*", "subtitle-", "shortAbstract+", "longAbstract-", "comments+", "track-", "sessionType-", "level-", "language-", "slidesUrl+", "videoUrl-", "audioUrl-"],
      speaker: [
        "name!+*",
        "email!+*",
        "photoUrl+",
        "organisation+",
        "position+",
        "country+",
        "shortBiography+",
        "longBiography-",
        "mobile-",
        "website+",
        "facebook-",
        "twitter+",
        "github-",
        "linkedin-",
      ],
    });
    expect(defaultFormRows().every((row) => !row.isComplex)).toBe(true);
  });
});

describe("buildFormSchema", () => {
  it("requires the included required built-in fields under the input's keys, by the field's name", () => {
    const definition = defaults().map((field) => (field.fieldIdentifier === "slidesUrl" || field.fieldIdentifier === "track" ? { ...field, isIncluded: true, isRequired: true } : field));
    expect(issues(definition, "session", { title: " ", slidesUrl: "", trackId: null })).toEqual([
      ["title", "Title is required"],
      ["trackId", "Track is required"],
      ["slidesUrl", "Slides is required"],
    ]);
    expect(issues(definition, "session", { title: "Talk", slidesUrl: "/uploads/a.pdf", trackId: 3 })).toEqual([]);
    // Speakers: name and email, whatever the rows say about them.
    const loose = defaults().map((field) => ({ ...field, isRequired: false, isIncluded: false }));
    expect(issues(loose, "speaker", {})).toEqual([
      ["name", "Name is required"],
      ["email", "Email is required"],
    ]);
  });

  it("does not ask for excluded fields, nor for organizer-only ones on a speaker's form", () => {
    const definition = defaults().map((field) =>
      field.fieldIdentifier === "subtitle" ? { ...field, isIncluded: false, isRequired: true } : field.fieldIdentifier === "comments" ? { ...field, isRequired: true } : field,
    );
    expect(issues(definition, "session", { title: "Talk" })).toEqual([["comments", "Comments is required"]]);
    expect(issues(definition, "session", { title: "Talk" }, "speaker")).toEqual([]);
    expect(askedFields(definition, "session", { audience: "speaker" }).map((field) => field.fieldIdentifier)).toEqual(["title", "shortAbstract", "slidesUrl"]);
    // A field the definition does not list is not asked for (the public reads included rows only), a fixed one always is.
    expect(effectiveForm([], "speaker").map((field) => [field.fieldIdentifier, field.isRequired])).toEqual([
      ["name", true],
      ["email", true],
    ]);
  });

  it("checks each custom answer by its type, at complexFieldValues.<identifier>, and keeps the identifier's case", () => {
    const definition = [
      custom({ fieldIdentifier: "tShirt", name: "T-shirt", type: "select", options: ["S", "M"], isRequired: true }),
      custom({ fieldIdentifier: "age", type: "number", min: 18, max: 99 }),
      custom({ fieldIdentifier: "since", type: "year" }),
      custom({ fieldIdentifier: "mail", type: "email" }),
      custom({ fieldIdentifier: "home", type: "url" }),
      custom({ fieldIdentifier: "cv", type: "file" }),
      custom({ fieldIdentifier: "langs", type: "checkbox", options: ["en", "de"] }),
      custom({ fieldIdentifier: "vegan", type: "boolean" }),
      custom({ fieldIdentifier: "note", type: "text" }),
      custom({ fieldIdentifier: "hidden", isIncluded: false }),
    ];
    const base = { name: "Ada", email: "ada@example.org" };
    expect(
      issues(definition, "speaker", {
        ...base,
        complexFieldValues: {
          age: "12",
          since: 99,
          mail: "nope",
          home: "javascript:alert(1)",
          cv: "//evil.example/x.pdf",
          langs: ["en", "fr", "en"],
          vegan: "maybe",
          note: "x".repeat(256),
          hidden: "set",
          unknown: 1,
        },
      }),
    ).toEqual([
      ["complexFieldValues.hidden", "This field is not part of the form"],
      ["complexFieldValues.unknown", "This field is not part of the form"],
      ["complexFieldValues.tShirt", "T-shirt is required"],
      ["complexFieldValues.age", "Must be at least 18"],
      ["complexFieldValues.since", "Must be a year (four digits)"],
      ["complexFieldValues.mail", "Must be an email address"],
      ["complexFieldValues.home", "Must be an http(s) URL"],
      ["complexFieldValues.cv", "Must be an http(s) URL or a path on this site"],
      ["complexFieldValues.langs", "Must be among: en, de"],
      ["complexFieldValues.langs", "Each option at most once"],
      ["complexFieldValues.vegan", "Must be yes or no"],
      ["complexFieldValues.note", "Must be at most 255 characters"],
    ]);
    expect(issues(definition, "speaker", { ...base, complexFieldValues: { tShirt: "XL", age: 100 } })).toEqual([
      ["complexFieldValues.tShirt", "Must be one of: S, M"],
      ["complexFieldValues.age", "Must be at most 99"],
    ]);
    expect(issues(definition, "speaker", { ...base, complexFieldValues: "answers" })).toEqual([["complexFieldValues", "Must be an object of answers keyed by field identifier"]]);
  });

  it("counts rich text without text (an emptied editor's <p></p>) as no answer, for built-in and custom paragraph fields", () => {
    const definition = [
      ...defaults().map((field) => (field.fieldIdentifier === "longBiography" ? { ...field, isIncluded: true, isRequired: true } : field)),
      custom({ fieldIdentifier: "story", name: "Story", type: "paragraph", isRequired: true }),
      custom({ fieldIdentifier: "motto", name: "Motto", isRequired: true }),
      custom({ fieldIdentifier: "note", type: "paragraph" }),
    ];
    const base = { name: "Ada", email: "a@b.org" };
    expect(issues(definition, "speaker", { ...base, longBiography: "<p></p>", complexFieldValues: { story: "<p> <br></p><ul><li><p>&nbsp;</p></li></ul>", motto: "<p></p>", note: "<p></p>" } })).toEqual([
      ["longBiography", "Long Biography is required"],
      ["complexFieldValues.story", "Story is required"],
    ]);
    const result = buildFormSchema(definition, "speaker").parse({ ...base, longBiography: "<p>Bio</p>", complexFieldValues: { story: "<p><strong>Once</strong></p>", motto: "<p></p>", note: "<p></p>" } });
    expect(result.complexFieldValues).toEqual({ story: "<p><strong>Once</strong></p>", motto: "<p></p>" });
  });

  it("gives the answers as stored: blank ones dropped, text trimmed, numbers as numbers, one checkbox choice as a list", () => {
    const definition = [
      custom({ fieldIdentifier: "age", type: "number" }),
      custom({ fieldIdentifier: "since", type: "year", min: 1990, max: 2030 }),
      custom({ fieldIdentifier: "langs", type: "checkbox", options: ["en", "de"] }),
      custom({ fieldIdentifier: "vegan", type: "boolean" }),
      custom({ fieldIdentifier: "note" }),
      custom({ fieldIdentifier: "empty" }),
    ];
    const result = buildFormSchema(definition, "speaker").parse({
      name: "Ada",
      email: "a@b.org",
      isFeatured: false,
      complexFieldValues: { age: " 42.5 ", since: "2024", langs: "de", vegan: "false", note: "  hi  ", empty: "  ", gone: "" },
    });
    expect(result).toEqual({ name: "Ada", email: "a@b.org", isFeatured: false, complexFieldValues: { age: 42.5, since: 2024, langs: ["de"], vegan: false, note: "hi" } });
  });
});

describe("public answers", () => {
  it("are the answers to included, public custom fields; null when there are none", () => {
    const definition = [
      custom({ fieldIdentifier: "pronouns", isPublic: true }),
      custom({ fieldIdentifier: "diet" }),
      custom({ fieldIdentifier: "old", isPublic: true, isIncluded: false }),
      // A built-in field is a column, whatever the row says.
      custom({ fieldIdentifier: "name", isPublic: true, isComplex: true }),
    ];
    expect([...publicFieldIdentifiers(definition, "speaker")]).toEqual(["pronouns"]);
    expect(publicAnswers({ pronouns: "she/her", diet: "vegan", old: "x", name: "n" }, definition, "speaker")).toEqual({ pronouns: "she/her" });
    expect([publicAnswers({ diet: "vegan" }, definition, "speaker"), publicAnswers(null, definition, "speaker"), publicAnswers([1], definition, "speaker")]).toEqual([null, null, null]);
  });
});

describe("fieldIdentifierFor", () => {
  it("makes a camelCase identifier from a name, unique among the taken ones", () => {
    expect(fieldIdentifierFor("T-shirt size", [])).toBe("tShirtSize");
    expect(fieldIdentifierFor("Größe der Gruppe", [])).toBe("grosseDerGruppe");
    expect(fieldIdentifierFor("2nd language", [])).toBe("field2ndLanguage");
    expect(fieldIdentifierFor("!!!", [])).toBe("field");
    expect(fieldIdentifierFor("Email", ["email", "email2"])).toBe("email3");
  });
});

describe("callState", () => {
  const call = { startsAt: "2030-01-01T00:00:00Z", softEndsAt: "2030-01-20T00:00:00Z", endsAt: "2030-02-01T00:00:00Z" };
  it("is upcoming before the start, open until the announced deadline, closing until the end, closed from the end", () => {
    const at = (iso: string) => [callState(call, new Date(iso)), isCallOpen(call, new Date(iso))];
    expect([at("2029-12-31T23:59:59Z"), at("2030-01-01T00:00:00Z"), at("2030-01-20T00:00:00Z"), at("2030-01-31T23:59:59Z"), at("2030-02-01T00:00:00Z")]).toEqual([
      ["upcoming", false],
      ["open", true],
      ["closing", true],
      ["closing", true],
      ["closed", false],
    ]);
    expect(callState({ ...call, softEndsAt: null }, new Date("2030-01-25T00:00:00Z"))).toBe("open");
  });
});
