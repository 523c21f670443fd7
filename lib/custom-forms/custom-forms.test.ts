import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../auth/actor";
import { asActor, refusal } from "../testing/actors";
import { db } from "../db";
import { createEvent as createEventService } from "../events/create-event";
import { createEventSchema } from "../events/schemas";
import type { Event, User } from "../generated/prisma/client";
import { addRole, createCustomForm as createField, createEvent, createSession, createSpeaker, createTrack, createUser } from "../../prisma/factories";
import { createCustomForm } from "./create-custom-form";
import { createCustomFormOption } from "./create-custom-form-option";
import { deleteCustomForm } from "./delete-custom-form";
import { deleteCustomFormOption } from "./delete-custom-form-option";
import { defaultFormRows } from "./fields";
import { findCustomFormOptions } from "./find-custom-form-options";
import { findCustomForms } from "./find-custom-forms";
import { getCustomForm } from "./get-custom-form";
import { getFormDefinition } from "./get-form-definition";
import { getCustomFormOption } from "./get-custom-form-option";
import { saveForm } from "./save-form";
import { createCustomFormSchema, saveFormSchema } from "./schemas";
import { updateCustomForm } from "./update-custom-form";
import { updateCustomFormOption } from "./update-custom-form-option";

/**
 * The custom-form services: who reads and writes an event's form fields and their options, every
 * rule with the input that breaks it, and the builder's save of a whole form.
 */


let owner: User;
let actors: Record<"organizer" | "coorganizer" | "trackOrganizer" | "speaker" | "otherOrganizer" | "admin", Actor>;
let event: Event;
let draft: Event;

beforeAll(async () => {
  owner = await createUser();
  const coorganizer = await createUser();
  const trackOrganizer = await createUser();
  const speaker = await createUser();
  const otherOrganizer = await createUser();
  event = await createEvent({ owner });
  draft = await createEvent({ owner, state: "draft" });
  await createEvent({ owner: otherOrganizer });
  await addRole(coorganizer, event, "coorganizer");
  await addRole(coorganizer, draft, "coorganizer");
  await addRole(trackOrganizer, event, "track_organizer", { tracks: [await createTrack({ event })] });
  await createSpeaker({ event, user: speaker });
  actors = {
    organizer: asActor(owner),
    coorganizer: asActor(coorganizer),
    trackOrganizer: asActor(trackOrganizer),
    speaker: asActor(speaker),
    otherOrganizer: asActor(otherOrganizer),
    admin: asActor(await createUser({ isAdmin: true })),
  };
});


const NOT_FOUND = (what: string) => ({ status: 404, errors: [[`${what} not found`]] });
const identifiers = (rows: { form: string; fieldIdentifier: string }[]) => rows.map((row) => `${row.form}:${row.fieldIdentifier}`);
const INCLUDED_DEFAULTS = identifiers(defaultFormRows().filter((row) => row.isIncluded));
const ALL_DEFAULTS = identifiers(defaultFormRows());

describe("a new event", () => {
  it("starts with Open Event's default session and speaker fields, in form order", async () => {
    const created = await createEventService(actors.organizer, createEventSchema.parse({ name: "Forms Conf", startsAt: "2030-01-01T09:00:00Z", endsAt: "2030-01-01T17:00:00Z" }));
    const rows = await db.customForm.findMany({ where: { eventId: created.id }, orderBy: [{ form: "asc" }, { position: "asc" }] });
    expect(rows.map(({ form, fieldIdentifier, name, type, isIncluded, isRequired, isPublic, isFixed, isComplex, position }) => ({ form, fieldIdentifier, name, type, isIncluded, isRequired, isPublic, isFixed, isComplex, position }))).toEqual(
      defaultFormRows(),
    );
  });
});

describe("reading an event's form fields", () => {
  let hidden: Awaited<ReturnType<typeof createField>>;
  let shirt: Awaited<ReturnType<typeof createField>>;
  beforeAll(async () => {
    shirt = await createField({ event, form: "speaker", fieldIdentifier: "shirt", name: "T-shirt", options: ["S", "M", "L"], position: 20 });
    hidden = await createField({ event, form: "session", fieldIdentifier: "budget", isIncluded: false, type: "number", min: 0, max: 10, position: 30 });
  });

  it("answers its team every field, in form order, with options", async () => {
    for (const actor of [actors.organizer, actors.coorganizer, actors.trackOrganizer, actors.admin]) {
      const { items, count } = await findCustomForms(actor, event.identifier);
      expect(identifiers(items)).toEqual([...ALL_DEFAULTS.filter((id) => id.startsWith("session:")), "session:budget", ...ALL_DEFAULTS.filter((id) => id.startsWith("speaker:")), "speaker:shirt"]);
      expect(count).toBe(28);
    }
    expect(await getCustomForm(actors.organizer, shirt.id)).toEqual({
      ...shirt,
      options: [
        expect.objectContaining({ value: "S", position: 0, customFormId: shirt.id }),
        expect.objectContaining({ value: "M", position: 1, customFormId: shirt.id }),
        expect.objectContaining({ value: "L", position: 2, customFormId: shirt.id }),
      ],
    });
  });

  it("answers anyone who may view the event the fields its forms ask for, and nothing of a draft", async () => {
    for (const actor of [null, actors.speaker, actors.otherOrganizer]) {
      const { items } = await findCustomForms(actor, String(event.id), {});
      expect(identifiers(items)).toEqual([...INCLUDED_DEFAULTS.filter((id) => id.startsWith("session:")), ...INCLUDED_DEFAULTS.filter((id) => id.startsWith("speaker:")), "speaker:shirt"]);
      expect(await refusal(getCustomForm(actor, hidden.id))).toEqual(NOT_FOUND("Custom form"));
      expect((await getCustomForm(actor, shirt.id)).fieldIdentifier).toBe("shirt");
      expect((await findCustomFormOptions(actor, shirt.id)).map((option) => option.value)).toEqual(["S", "M", "L"]);
      expect((await getCustomFormOption(actor, shirt.options[1]!.id)).value).toBe("M");
      expect(await refusal(findCustomForms(actor, draft.identifier))).toEqual(NOT_FOUND("Event"));
    }
    expect(identifiers((await findCustomForms(null, event.identifier, { form: "session" })).items)).toEqual(INCLUDED_DEFAULTS.filter((id) => id.startsWith("session:")));
    // What the forms are built from: the same fields, as the schema builder reads them.
    expect((await getFormDefinition(null, event.identifier, "speaker")).at(-1)).toEqual({
      form: "speaker",
      fieldIdentifier: "shirt",
      name: "T-shirt",
      type: "select",
      description: null,
      isRequired: false,
      isIncluded: true,
      isPublic: false,
      isFixed: false,
      isComplex: true,
      position: 20,
      min: null,
      max: null,
      options: ["S", "M", "L"],
    });
    expect((await getFormDefinition(actors.organizer, event.identifier)).map((field) => `${field.form}:${field.fieldIdentifier}`)).toContain("session:budget");
    expect(await refusal(getCustomForm(null, "nope"))).toEqual(NOT_FOUND("Custom form"));
  });
});

describe("writing form fields", () => {
  it("adds a custom field with its options at the end of its form; co-organizers and up", async () => {
    const created = await createCustomForm(actors.coorganizer, event.identifier, {
      form: "speaker",
      fieldIdentifier: "diet",
      name: "Diet",
      type: "checkbox",
      isIncluded: true,
      options: ["vegan", "halal"],
    });
    expect(created).toEqual({
      id: expect.any(Number),
      eventId: event.id,
      form: "speaker",
      fieldIdentifier: "diet",
      name: "Diet",
      type: "checkbox",
      description: null,
      isRequired: false,
      isIncluded: true,
      isFixed: false,
      isPublic: false,
      isComplex: true,
      position: expect.any(Number),
      min: null,
      max: null,
      createdAt: expect.any(Date),
      deletedAt: null,
      options: [expect.objectContaining({ value: "vegan", position: 0 }), expect.objectContaining({ value: "halal", position: 1 })],
    });
    const { items } = await findCustomForms(actors.organizer, event.id, { form: "speaker" });
    expect(items.at(-1)?.fieldIdentifier).toBe("diet");
    expect(created.position).toBe(Math.max(...items.slice(0, -1).map((row) => row.position)) + 1);
    const admin = await createCustomForm(actors.admin, event.id, { form: "session", fieldIdentifier: "adminField", name: "By an admin" });
    expect([admin.type, admin.isIncluded, admin.isComplex]).toEqual(["text", false, true]);
  });

  it("makes a built-in identifier the column's field, whatever type or settings the input claims", async () => {
    const bare = await createEvent({ owner });
    await db.customForm.deleteMany({ where: { eventId: bare.id, fieldIdentifier: { in: ["subtitle", "email"] } } });
    const subtitle = await createCustomForm(actors.organizer, bare.id, { form: "session", fieldIdentifier: "subtitle", isIncluded: true });
    expect([subtitle.name, subtitle.type, subtitle.isComplex, subtitle.isFixed, subtitle.isIncluded]).toEqual(["Subtitle", "text", false, false, true]);
    const email = await createCustomForm(actors.organizer, bare.id, { form: "speaker", fieldIdentifier: "email" });
    expect([email.isFixed, email.isIncluded, email.isRequired, email.type]).toEqual([true, true, true, "email"]);
    expect(await refusal(createCustomForm(actors.organizer, bare.id, { form: "session", fieldIdentifier: "videoUrl" }))).toEqual({
      status: 409,
      errors: [['The session form already has a field "videoUrl"', "/data/attributes/field-identifier"]],
    });
  });

  it("refuses each broken rule at its field, and writes nothing", async () => {
    const before = await db.customForm.count({ where: { eventId: event.id } });
    const create = (input: Record<string, unknown>) => createCustomForm(actors.organizer, event.id, { form: "session", fieldIdentifier: "f", name: "F", ...input } as never);
    expect(await refusal(create({ fieldIdentifier: "title", name: "Again" }))).toEqual({ status: 409, errors: [['The session form already has a field "title"', "/data/attributes/field-identifier"]] });
    expect(await refusal(create({ type: "colour" }))).toEqual({
      status: 422,
      errors: [["Unknown type; must be one of: text, paragraph, richtextlink, email, url, number, year, select, checkbox, boolean, image, file", "/data/attributes/type"]],
    });
    expect(await refusal(create({ type: "number", min: 10, max: 5 }))).toEqual({ status: 422, errors: [["Must not be less than min (10)", "/data/attributes/max"]] });
    expect(await refusal(create({ type: "text", options: ["a"] }))).toEqual({ status: 422, errors: [["Only select and checkbox fields have options", "/data/attributes/options"]] });
    expect(await refusal(create({ type: "select", options: ["a", "b", "a"] }))).toEqual({ status: 422, errors: [['"a" is already an option', "/data/attributes/options/2"]] });
    expect(await refusal(create({ fieldIdentifier: "has space", name: null }))).toEqual({
      status: 422,
      errors: [
        ["Must start with a letter and hold only letters, digits, - and _ (at most 64)", "/data/attributes/field-identifier"],
        ["Name is required", "/data/attributes/name"],
      ],
    });
    expect(await refusal(create({ fieldIdentifier: "name", form: "speaker", type: "text", isRequired: false }))).toEqual({
      status: 422,
      errors: [["Name is always required", "/data/attributes/is-required"]],
    });
    expect(await refusal(create({ fieldIdentifier: "slidesUrl", type: "url" }))).toEqual({
      status: 422,
      errors: [["The Slides field is a column of the session: its type is always file", "/data/attributes/type"]],
    });
    // The input contract names the type too (the API parses with it before any service).
    expect(createCustomFormSchema.safeParse({ form: "poster", fieldIdentifier: "x", type: "colour" }).error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["form", "Must be session or speaker"],
      ["type", "Unknown type; must be one of: text, paragraph, richtextlink, email, url, number, year, select, checkbox, boolean, image, file"],
    ]);
    expect(await db.customForm.count({ where: { eventId: event.id } })).toBe(before);
  });

  it("keeps fixed fields included and required, identifiers and forms as they are, and options to choice fields", async () => {
    const field = (form: "session" | "speaker", fieldIdentifier: string) => db.customForm.findFirstOrThrow({ where: { eventId: event.id, form, fieldIdentifier } });
    const title = await field("session", "title");
    const email = await field("speaker", "email");
    expect(await refusal(updateCustomForm(actors.organizer, title.id, { isIncluded: false, isRequired: false }))).toEqual({
      status: 422,
      errors: [
        ["Title is always part of the session form", "/data/attributes/is-included"],
        ["Title is always required", "/data/attributes/is-required"],
      ],
    });
    expect(await refusal(updateCustomForm(actors.organizer, email.id, { isRequired: false }))).toEqual({ status: 422, errors: [["Email is always required", "/data/attributes/is-required"]] });
    expect(await refusal(updateCustomForm(actors.organizer, title.id, { fieldIdentifier: "heading", form: "speaker", type: "paragraph" }))).toEqual({
      status: 422,
      errors: [
        ["A field's identifier cannot change: its answers are kept under it. Add a new field instead", "/data/attributes/field-identifier"],
        ["A field cannot move to the other form", "/data/attributes/form"],
        ["The Title field is a column of the session: its type is always text", "/data/attributes/type"],
      ],
    });
    const level = await createField({ event, fieldIdentifier: "levelOfDetail", options: ["low", "high"] });
    expect(await refusal(updateCustomForm(actors.organizer, level.id, { type: "text" }))).toEqual({ status: 422, errors: [["Only select and checkbox fields have options", "/data/attributes/type"]] });
    expect(await refusal(updateCustomForm(actors.organizer, level.id, { min: 3, max: 2 }))).toEqual({ status: 422, errors: [["Must not be less than min (3)", "/data/attributes/max"]] });
    expect(await refusal(updateCustomForm(actors.organizer, level.id, { name: "Renamed" }, { expectedId: "1" }))).toEqual({
      status: 409,
      errors: [["data.id does not match the custom form in the URL", "/data/id"]],
    });
    // What may change does, and a built-in without a name of its own keeps the catalogue's.
    const subtitle = await field("session", "subtitle");
    const changed = await updateCustomForm(actors.coorganizer, subtitle.id, { isIncluded: true, isRequired: true, name: null, description: "One line", position: 1 });
    expect([changed.isIncluded, changed.isRequired, changed.name, changed.description, changed.options]).toEqual([true, true, "Subtitle", "One line", []]);
    await updateCustomForm(actors.coorganizer, subtitle.id, { isIncluded: false, isRequired: false, description: null });
  });

  it("deletes custom fields with their options, never built-in ones", async () => {
    const doomed = await createField({ event, fieldIdentifier: "doomed", options: ["x"] });
    const slides = await db.customForm.findFirstOrThrow({ where: { eventId: event.id, fieldIdentifier: "slidesUrl" } });
    expect(await refusal(deleteCustomForm(actors.organizer, slides.id))).toEqual({
      status: 409,
      errors: [["Slides is a built-in field: it cannot be deleted; leave it out of the form instead (is-included false)"]],
    });
    await deleteCustomForm(actors.coorganizer, doomed.id);
    expect(await db.customForm.findUnique({ where: { id: doomed.id } })).toBeNull();
    expect(await db.customFormOption.count({ where: { customFormId: doomed.id } })).toBe(0);
  });

  it("is for co-organizers and up: 401 to the anonymous, 404 to everyone else, and changes nothing", async () => {
    const field = await createField({ event, fieldIdentifier: "guarded", options: ["a"] });
    const option = field.options[0]!;
    for (const actor of [actors.speaker, actors.otherOrganizer, actors.trackOrganizer]) {
      expect(await refusal(createCustomForm(actor, event.id, { form: "session", fieldIdentifier: "sneaky", name: "S" }))).toEqual(NOT_FOUND("Event"));
      expect(await refusal(updateCustomForm(actor, field.id, { name: "Taken over" }))).toEqual(NOT_FOUND("Custom form"));
      expect(await refusal(deleteCustomForm(actor, field.id))).toEqual(NOT_FOUND("Custom form"));
      expect(await refusal(createCustomFormOption(actor, field.id, { value: "b" }))).toEqual(NOT_FOUND("Custom form"));
      expect(await refusal(updateCustomFormOption(actor, option.id, { value: "z" }))).toEqual(NOT_FOUND("Custom form option"));
      expect(await refusal(deleteCustomFormOption(actor, option.id))).toEqual(NOT_FOUND("Custom form option"));
      expect(await refusal(saveForm(actor, event.id, { form: "session", fields: [] }))).toEqual(NOT_FOUND("Event"));
    }
    const signIn = { status: 401, errors: [["Sign in to change the event's forms"]] };
    expect(await refusal(createCustomForm(null, event.id, { form: "session", fieldIdentifier: "sneaky", name: "S" }))).toEqual(signIn);
    expect(await refusal(updateCustomForm(null, field.id, { name: "x" }))).toEqual(signIn);
    expect(await refusal(deleteCustomFormOption(null, option.id))).toEqual(signIn);
    expect(await getCustomForm(actors.organizer, field.id)).toEqual(field);
  });
});

describe("options", () => {
  it("belong to select and checkbox fields, one of each value, in order", async () => {
    const choice = await createField({ event, fieldIdentifier: "room", options: ["A"] });
    const text = await createField({ event, fieldIdentifier: "freeText" });
    expect(await refusal(createCustomFormOption(actors.organizer, text.id, { value: "x" }))).toEqual({
      status: 422,
      errors: [["Only select and checkbox fields have options", "/data/relationships/custom-form"]],
    });
    expect(await refusal(createCustomFormOption(actors.organizer, choice.id, { value: "A" }))).toEqual({
      status: 409,
      errors: [['"A" is already an option of this field', "/data/attributes/value"]],
    });
    const b = await createCustomFormOption(actors.coorganizer, choice.id, { value: "B" });
    const first = await createCustomFormOption(actors.admin, choice.id, { value: "Z", position: 0 });
    expect([b.position, first.position]).toEqual([1, 0]);
    expect(await refusal(updateCustomFormOption(actors.organizer, b.id, { value: "A" }))).toEqual({
      status: 409,
      errors: [['"A" is already an option of this field', "/data/attributes/value"]],
    });
    expect(await refusal(updateCustomFormOption(actors.organizer, b.id, { value: "C" }, { expectedId: String(first.id) }))).toEqual({
      status: 409,
      errors: [["data.id does not match the custom form option in the URL", "/data/id"]],
    });
    expect((await updateCustomFormOption(actors.organizer, b.id, { value: "C", position: 5 })).value).toBe("C");
    await deleteCustomFormOption(actors.organizer, first.id);
    expect((await findCustomFormOptions(null, choice.id)).map((option) => [option.value, option.position])).toEqual([
      ["A", 0],
      ["C", 5],
    ]);
  });
});

describe("saving a whole form", () => {
  it("reorders, switches, adds, edits and deletes fields in one go, keeping the options that stay", async () => {
    const mine = await createEvent({ owner });
    const old = await createField({ event: mine, form: "speaker", fieldIdentifier: "shirt", name: "Shirt", options: ["S", "M"] });
    const gone = await createField({ event: mine, form: "speaker", fieldIdentifier: "gone" });
    const builtIns = defaultFormRows().filter((row) => row.form === "speaker");
    const fields = [
      { fieldIdentifier: "email" },
      { fieldIdentifier: "name" },
      { fieldIdentifier: "shirt", name: "T-shirt", isRequired: true, options: ["M", "L"] },
      { name: "Heard from", type: "select", isIncluded: true, options: ["Friends", "Web"] },
      ...builtIns.filter((row) => !["name", "email"].includes(row.fieldIdentifier)).map((row) => ({ fieldIdentifier: row.fieldIdentifier, isIncluded: row.fieldIdentifier === "mobile" ? true : undefined })),
    ];
    const saved = await saveForm(actors.organizer, mine.identifier, saveFormSchema.parse({ form: "speaker", fields }));
    expect(saved.map((row) => [row.fieldIdentifier, row.position, row.isIncluded, row.isRequired, row.isComplex, row.options.map((option) => option.value)])).toEqual([
      ["email", 0, true, true, false, []],
      ["name", 1, true, true, false, []],
      ["shirt", 2, true, true, true, ["M", "L"]],
      ["heardFrom", 3, true, false, true, ["Friends", "Web"]],
      ...builtIns
        .filter((row) => !["name", "email"].includes(row.fieldIdentifier))
        .map((row, i) => [row.fieldIdentifier, i + 4, row.fieldIdentifier === "mobile" ? true : row.isIncluded, row.isRequired, false, []]),
    ]);
    const shirt = saved.find((row) => row.fieldIdentifier === "shirt")!;
    // "M" kept its row; "S" went; "L" is new.
    expect(shirt.options.find((option) => option.value === "M")?.id).toBe(old.options.find((option) => option.value === "M")?.id);
    expect([shirt.id, shirt.name]).toEqual([old.id, "T-shirt"]);
    expect(await db.customForm.findUnique({ where: { id: gone.id } })).toBeNull();
    // The session form was not touched.
    expect(identifiers(await db.customForm.findMany({ where: { eventId: mine.id, form: "session" }, orderBy: { position: "asc" } }))).toEqual(
      ALL_DEFAULTS.filter((id) => id.startsWith("session:")),
    );
  });

  it("refuses every broken rule at fields.<index>.<key> and writes nothing", async () => {
    const mine = await createEvent({ owner });
    const before = await db.customForm.findMany({ where: { eventId: mine.id }, include: { options: true }, orderBy: { id: "asc" } });
    const input = saveFormSchema.parse({
      form: "session",
      fields: [
        { fieldIdentifier: "title", isRequired: false },
        { fieldIdentifier: "subtitle", type: "number" },
        { fieldIdentifier: "extra", name: "Extra", type: "text", options: ["a"] },
        { fieldIdentifier: "extra", name: "Extra again", type: "number", min: 5, max: 1 },
        { fieldIdentifier: "choices", name: "Choices", type: "select", options: ["x", "x"] },
      ],
    });
    expect(await refusal(saveForm(actors.organizer, mine.id, input))).toEqual({
      status: 422,
      errors: [
        ["Title is always required", "/data/attributes/fields/0/isRequired"],
        ["The Subtitle field is a column of the session: its type is always text", "/data/attributes/fields/1/type"],
        ["Only select and checkbox fields have options", "/data/attributes/fields/2/options"],
        ['"extra" is listed twice (also as field 3)', "/data/attributes/fields/3/fieldIdentifier"],
        ["Must not be less than min (5)", "/data/attributes/fields/3/max"],
        ['"x" is already an option', "/data/attributes/fields/4/options/1"],
        [
          "Built-in fields cannot be deleted, only left out of the form; list them too (missing: shortAbstract, longAbstract, comments, track, sessionType, level, language, slidesUrl, videoUrl, audioUrl)",
          "/data/attributes/fields",
        ],
      ],
    });
    expect(await db.customForm.findMany({ where: { eventId: mine.id }, include: { options: true }, orderBy: { id: "asc" } })).toEqual(before);
  });

  it("keeps the answers the public sees in step with the form", async () => {
    const mine = await createEvent({ owner });
    await createField({ event: mine, fieldIdentifier: "pronouns" });
    const session = await createSession({ event: mine, complexFieldValues: { pronouns: "they/them" } });
    const fields = (isPublic: boolean) => [
      ...defaultFormRows().filter((row) => row.form === "session").map((row) => ({ fieldIdentifier: row.fieldIdentifier })),
      { fieldIdentifier: "pronouns", isPublic },
    ];
    const publicAnswers = async () => (await db.session.findUniqueOrThrow({ where: { id: session.id } })).publicFieldValues;
    await saveForm(actors.organizer, mine.id, saveFormSchema.parse({ form: "session", fields: fields(true) }));
    expect(await publicAnswers()).toEqual({ pronouns: "they/them" });
    const row = await db.customForm.findFirstOrThrow({ where: { eventId: mine.id, fieldIdentifier: "pronouns" } });
    await updateCustomForm(actors.organizer, row.id, { isIncluded: false });
    expect(await publicAnswers()).toBeNull();
    await updateCustomForm(actors.organizer, row.id, { isIncluded: true });
    expect(await publicAnswers()).toEqual({ pronouns: "they/them" });
    await deleteCustomForm(actors.organizer, row.id);
    expect(await publicAnswers()).toBeNull();
    // The answer stays with the session; a field added again under its identifier finds it.
    await createCustomForm(actors.organizer, mine.id, { form: "session", fieldIdentifier: "pronouns", name: "Pronouns", isIncluded: true, isPublic: true });
    expect(await publicAnswers()).toEqual({ pronouns: "they/them" });
  });
});
