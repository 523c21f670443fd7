import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import { db } from "@/lib/db";
import type { CustomForm, CustomFormOption, Event, User } from "@/lib/generated/prisma/client";
import { callerAs, DELETED, failure, onePage, relationshipLinks, single } from "@/lib/testing/api";
import { addRole, createCustomForm, createEvent, createSpeaker, createUser } from "@/prisma/factories";
import { GET as listEventForms } from "../events/[id]/custom-forms/route";
import { GET as listOptions, POST as postOption } from "./[id]/custom-form-options/route";
import { GET as relatedEvent } from "./[id]/event/route";
import { DELETE, GET, PATCH } from "./[id]/route";
import { POST } from "./route";
import { DELETE as deleteOption, GET as getOption, PATCH as patchOption } from "../custom-form-options/[id]/route";
import { GET as optionField } from "../custom-form-options/[id]/custom-form/route";

/**
 * /v1 custom forms (Open Event's `custom-form` and `custom-form-option`): whole documents for each
 * route, each rule's refusal at its pointer, and each actor — anonymous, another event's
 * organizer, a speaker of the event, its co-organizer and an admin.
 */

type Actor = "anonymous" | "otherOrganizer" | "speaker" | "coorganizer" | "admin";
let users: Record<Exclude<Actor, "anonymous">, User>;
const tokens = new Map<string, string>();
let event: Event;
let draft: Event;
let title: CustomForm;
let slides: CustomForm;
let name: CustomForm;
let email: CustomForm;
let shirt: CustomForm & { options: CustomFormOption[] };
let notes: CustomForm;

const call = callerAs(tokens);

beforeAll(async () => {
  const owner = await createUser();
  users = {
    otherOrganizer: await createUser(),
    speaker: await createUser(),
    coorganizer: await createUser(),
    admin: await createUser({ isAdmin: true }),
  };
  for (const [actor, user] of Object.entries(users)) tokens.set(actor, await signApiToken(user));
  event = await createEvent({ owner });
  draft = await createEvent({ owner, state: "draft" });
  await createEvent({ owner: users.otherOrganizer });
  await addRole(users.coorganizer, event, "coorganizer");
  await createSpeaker({ event, user: users.speaker });
});

beforeEach(async () => {
  // A small form: the fixed fields, slides (built in, optional), a custom select of the speaker
  // form and a custom session field left out of the form.
  await db.customForm.deleteMany({ where: { eventId: event.id, fieldIdentifier: { notIn: ["title", "slidesUrl", "name", "email"] } } });
  await db.customForm.updateMany({ where: { eventId: event.id, fieldIdentifier: "slidesUrl" }, data: { isIncluded: true, isRequired: false } });
  const stored = await db.customForm.findMany({ where: { eventId: event.id } });
  const field = (identifier: string) => stored.find((row) => row.fieldIdentifier === identifier) as CustomForm;
  [title, slides, name, email] = [field("title"), field("slidesUrl"), field("name"), field("email")];
  shirt = await createCustomForm({ event, form: "speaker", fieldIdentifier: "shirt", name: "T-shirt", type: "select", options: ["S", "M"], position: 10 });
  notes = await createCustomForm({ event, fieldIdentifier: "notes", name: "Notes", isIncluded: false, position: 20 });
});

const formObject = (row: CustomForm) => ({
  type: "custom-form",
  id: String(row.id),
  attributes: {
    "field-identifier": row.fieldIdentifier,
    form: row.form,
    type: row.type,
    name: row.name,
    description: row.description,
    "is-required": row.isRequired,
    "is-included": row.isIncluded,
    "is-public": row.isPublic,
    "is-fixed": row.isFixed,
    "is-complex": row.isComplex,
    position: row.position,
    min: row.min,
    max: row.max,
  },
  relationships: { event: relationshipLinks("custom-forms", row.id, "event"), "custom-form-options": relationshipLinks("custom-forms", row.id, "custom-form-options") },
  links: { self: `/v1/custom-forms/${row.id}` },
});

const optionObject = (option: CustomFormOption) => ({
  type: "custom-form-option",
  id: String(option.id),
  attributes: { value: option.value, position: option.position },
  relationships: { "custom-form": relationshipLinks("custom-form-options", option.id, "custom-form") },
  links: { self: `/v1/custom-form-options/${option.id}` },
});

const stored = (id: number | string) => db.customForm.findUniqueOrThrow({ where: { id: Number(id) } });
const NOT_FOUND_EVENT = failure(404, "Event not found");
const NOT_FOUND_FORM = failure(404, "Custom form not found");
const SIGN_IN = failure(401, "Sign in to change the event's forms");

const newField = (attributes: Record<string, unknown>, eventId: number = event.id) => ({
  data: { type: "custom-form", attributes, relationships: { event: { data: { type: "event", id: String(eventId) } } } },
});
const changes = (row: { id: number }, attributes: Record<string, unknown>, relationships?: Record<string, unknown>) => ({
  data: { type: "custom-form", id: String(row.id), attributes, ...(relationships ? { relationships } : {}) },
});

describe("GET /v1/events/{id}/custom-forms", () => {
  const path = () => `/v1/events/${event.id}/custom-forms`;

  it("shows anyone who may view the event the fields its forms include, and its team every field, in form order", async () => {
    const included = [title, slides, name, email, shirt].map(formObject);
    for (const as of ["anonymous", "otherOrganizer", "speaker"] as const) {
      expect(await call(listEventForms, "GET", path(), as, undefined, { id: event.id })).toEqual({ status: 200, body: onePage(path(), included) });
    }
    const all = [title, slides, notes, name, email, shirt].map(formObject);
    for (const as of ["coorganizer", "admin"] as const) {
      expect(await call(listEventForms, "GET", path(), as, undefined, { id: event.id })).toEqual({ status: 200, body: onePage(path(), all) });
    }
  });

  it("reads the event by identifier, filters, and includes the options", async () => {
    const byIdentifier = `/v1/events/${event.identifier}/custom-forms?filter%5Bform%5D=speaker&include=custom-form-options`;
    const { status, body } = await call(listEventForms, "GET", byIdentifier, "anonymous", undefined, { id: event.identifier });
    expect(status).toBe(200);
    expect(body.data).toEqual(
      [name, email, shirt].map((row) => {
        const object = formObject(row);
        const data = row.id === shirt.id ? shirt.options.map((option) => ({ type: "custom-form-option", id: String(option.id) })) : [];
        return { ...object, relationships: { ...object.relationships, "custom-form-options": { ...object.relationships["custom-form-options"], data } } };
      }),
    );
    expect(body.included).toEqual(shirt.options.map(optionObject));
  });

  it("is 404 for an event the caller cannot see (a draft) but not for its team", async () => {
    const path = `/v1/events/${draft.id}/custom-forms`;
    for (const as of ["anonymous", "otherOrganizer", "speaker", "coorganizer"] as const) {
      expect(await call(listEventForms, "GET", path, as, undefined, { id: draft.id })).toEqual(NOT_FOUND_EVENT);
    }
    expect((await call(listEventForms, "GET", path, "admin", undefined, { id: draft.id })).status).toBe(200);
  });
});

describe("GET /v1/custom-forms/{id}", () => {
  it("shows an included field to anyone, a left-out one to the event's team only", async () => {
    for (const as of ["anonymous", "otherOrganizer", "speaker", "coorganizer", "admin"] as const) {
      expect(await call(GET, "GET", `/v1/custom-forms/${shirt.id}`, as, undefined, { id: shirt.id })).toEqual({
        status: 200,
        body: single(formObject(shirt), `/v1/custom-forms/${shirt.id}`),
      });
    }
    for (const as of ["anonymous", "otherOrganizer", "speaker"] as const) {
      expect(await call(GET, "GET", `/v1/custom-forms/${notes.id}`, as, undefined, { id: notes.id })).toEqual(NOT_FOUND_FORM);
    }
    for (const as of ["coorganizer", "admin"] as const) {
      expect(await call(GET, "GET", `/v1/custom-forms/${notes.id}`, as, undefined, { id: notes.id })).toEqual({
        status: 200,
        body: single(formObject(notes), `/v1/custom-forms/${notes.id}`),
      });
    }
    expect(await call(GET, "GET", "/v1/custom-forms/abc", "admin", undefined, { id: "abc" })).toEqual(NOT_FOUND_FORM);
  });

  it("answers its event at /event", async () => {
    const { status, body } = await call(relatedEvent, "GET", `/v1/custom-forms/${shirt.id}/event`, "anonymous", undefined, { id: shirt.id });
    expect(status).toBe(200);
    expect((body.data as { type: string; id: string }).id).toBe(String(event.id));
  });
});

describe("POST /v1/custom-forms", () => {
  it("lets co-organizers and admins add a field; is-complex and is-fixed follow from the identifier", async () => {
    for (const as of ["coorganizer", "admin"] as const) {
      const identifier = `diet${as}`;
      // At the end of its form. Read-only members sent by a client are ignored, as Open Event's frontend sends them back.
      const { status, body } = await call(POST, "POST", "/v1/custom-forms", as, newField({ "field-identifier": identifier, form: "speaker", type: "number", name: "Diet", min: 1, max: 5, "is-required": true, "is-complex": false, "is-fixed": true }));
      const row = await db.customForm.findFirstOrThrow({ where: { eventId: event.id, fieldIdentifier: identifier } });
      expect(status).toBe(201);
      expect(body).toEqual(single(formObject(row), `/v1/custom-forms/${row.id}`));
      expect(row).toMatchObject({ form: "speaker", type: "number", min: 1, max: 5, isRequired: true, isIncluded: false, isPublic: false, isComplex: true, isFixed: false, position: as === "coorganizer" ? 11 : 12 });
    }
  });

  it("refuses the anonymous (401) and, as if the event did not exist, another event's organizer and a speaker (404)", async () => {
    const body = newField({ "field-identifier": "diet", form: "speaker", name: "Diet" });
    expect(await call(POST, "POST", "/v1/custom-forms", "anonymous", body)).toEqual(SIGN_IN);
    for (const as of ["otherOrganizer", "speaker"] as const) expect(await call(POST, "POST", "/v1/custom-forms", as, body)).toEqual(NOT_FOUND_EVENT);
    expect(await db.customForm.count({ where: { fieldIdentifier: "diet" } })).toBe(0);
  });

  it("refuses each broken rule at its pointer", async () => {
    const post = (attributes: Record<string, unknown>, eventId?: number) => call(POST, "POST", "/v1/custom-forms", "coorganizer", newField(attributes, eventId));
    expect(await post({ "field-identifier": "diet", form: "speaker", name: "Diet", type: "colour" })).toEqual(
      failure(422, ["Unknown type; must be one of: text, paragraph, richtextlink, email, url, number, year, select, checkbox, boolean, image, file", "/data/attributes/type"]),
    );
    expect(await post({ "field-identifier": "diet", form: "speaker", name: "Diet", type: "number", min: 5, max: 1 })).toEqual(
      failure(422, ["Must not be less than min (5)", "/data/attributes/max"]),
    );
    expect(await post({ "field-identifier": "shirt", form: "speaker", name: "Shirt again", type: "text" })).toEqual(
      failure(409, ['The speaker form already has a field "shirt"', "/data/attributes/field-identifier"]),
    );
    expect(await post({ "field-identifier": "name", form: "speaker" })).toEqual(failure(409, ['The speaker form already has a field "name"', "/data/attributes/field-identifier"]));
    expect(await post({ "field-identifier": "two words", form: "speaker", name: "Two" })).toEqual(
      failure(422, ["Must start with a letter and hold only letters, digits, - and _ (at most 64)", "/data/attributes/field-identifier"]),
    );
    expect(await post({ "field-identifier": "diet", form: "attendee", name: "Diet" })).toEqual(failure(422, ["Must be session or speaker", "/data/attributes/form"]));
    expect(await call(POST, "POST", "/v1/custom-forms", "coorganizer", { data: { type: "custom-form", attributes: { "field-identifier": "diet", form: "speaker", name: "Diet" } } })).toEqual(
      failure(422, ["Event is required", "/data/relationships/event/data/id"]),
    );
    expect(await db.customForm.count({ where: { eventId: event.id, fieldIdentifier: { in: ["diet", "two words"] } } })).toBe(0);
  });
});

describe("PATCH /v1/custom-forms/{id}", () => {
  it("lets co-organizers and admins change a field", async () => {
    for (const as of ["coorganizer", "admin"] as const) {
      const name = `T-shirt size (${as})`;
      const { status, body } = await call(PATCH, "PATCH", `/v1/custom-forms/${shirt.id}`, as, changes(shirt, { name, "is-required": true, "is-public": true, position: 3 }), { id: shirt.id });
      const row = await stored(shirt.id);
      expect(status).toBe(200);
      expect(body).toEqual(single(formObject(row), `/v1/custom-forms/${shirt.id}`));
      expect(row).toMatchObject({ name, isRequired: true, isPublic: true, position: 3 });
    }
  });

  it("refuses the anonymous (401), another event's organizer and a speaker (404)", async () => {
    const body = changes(shirt, { name: "Mine" });
    expect(await call(PATCH, "PATCH", `/v1/custom-forms/${shirt.id}`, "anonymous", body, { id: shirt.id })).toEqual(SIGN_IN);
    for (const as of ["otherOrganizer", "speaker"] as const) {
      expect(await call(PATCH, "PATCH", `/v1/custom-forms/${shirt.id}`, as, body, { id: shirt.id })).toEqual(NOT_FOUND_FORM);
    }
    expect((await stored(shirt.id)).name).toBe("T-shirt");
  });

  it("refuses each broken rule at its pointer, and keeps the field", async () => {
    const patch = (row: CustomForm, attributes: Record<string, unknown>, relationships?: Record<string, unknown>) =>
      call(PATCH, "PATCH", `/v1/custom-forms/${row.id}`, "coorganizer", changes(row, attributes, relationships), { id: row.id });
    expect(await patch(title, { "is-included": false, "is-required": false })).toEqual(
      failure(422, ["Title is always part of the session form", "/data/attributes/is-included"], ["Title is always required", "/data/attributes/is-required"]),
    );
    expect(await patch(email, { "is-required": false })).toEqual(failure(422, ["Email is always required", "/data/attributes/is-required"]));
    expect(await patch(shirt, { type: "text" })).toEqual(failure(422, ["Only select and checkbox fields have options", "/data/attributes/type"]));
    expect(await patch(slides, { type: "url" })).toEqual(failure(422, ["The Slides field is a column of the session: its type is always file", "/data/attributes/type"]));
    expect(await patch(notes, { type: "number", min: 10, max: 2 })).toEqual(failure(422, ["Must not be less than min (10)", "/data/attributes/max"]));
    expect(await patch(notes, { "field-identifier": "remarks" })).toEqual(
      failure(422, ["A field's identifier cannot change: its answers are kept under it. Add a new field instead", "/data/attributes/field-identifier"]),
    );
    expect(await patch(notes, {}, { event: { data: { type: "event", id: String(draft.id) } } })).toEqual(
      failure(422, ["A field cannot move to another event", "/data/relationships/event"]),
    );
    expect(await patch(notes, { "is-complex": false })).toEqual({ status: 200, body: single(formObject(notes), `/v1/custom-forms/${notes.id}`) });
    expect(await stored(title.id)).toEqual(title);
    expect(await stored(shirt.id)).toMatchObject({ type: "select" });
  });
});

describe("DELETE /v1/custom-forms/{id}", () => {
  it("lets co-organizers and admins delete a custom field with its options; a built-in field is only left out (409)", async () => {
    expect(await call(DELETE, "DELETE", `/v1/custom-forms/${shirt.id}`, "anonymous", undefined, { id: shirt.id })).toEqual(SIGN_IN);
    for (const as of ["otherOrganizer", "speaker"] as const) {
      expect(await call(DELETE, "DELETE", `/v1/custom-forms/${shirt.id}`, as, undefined, { id: shirt.id })).toEqual(NOT_FOUND_FORM);
    }
    expect(await call(DELETE, "DELETE", `/v1/custom-forms/${slides.id}`, "coorganizer", undefined, { id: slides.id })).toEqual(
      failure(409, "Slides is a built-in field: it cannot be deleted; leave it out of the form instead (is-included false)"),
    );
    expect(await call(DELETE, "DELETE", `/v1/custom-forms/${shirt.id}`, "coorganizer", undefined, { id: shirt.id })).toEqual(DELETED);
    expect(await call(DELETE, "DELETE", `/v1/custom-forms/${notes.id}`, "admin", undefined, { id: notes.id })).toEqual(DELETED);
    expect(await db.customForm.count({ where: { id: { in: [shirt.id, notes.id] } } })).toBe(0);
    expect(await db.customFormOption.count({ where: { customFormId: shirt.id } })).toBe(0);
    expect(await db.customForm.count({ where: { id: slides.id } })).toBe(1);
  });
});

describe("custom-form-options", () => {
  const optionsPath = () => `/v1/custom-forms/${shirt.id}/custom-form-options`;
  const newOption = (value: string) => ({ data: { type: "custom-form-option", attributes: { value } } });

  it("lists a field's options to whoever sees the field, and answers each option and its field", async () => {
    for (const as of ["anonymous", "otherOrganizer", "speaker", "coorganizer", "admin"] as const) {
      expect(await call(listOptions, "GET", optionsPath(), as, undefined, { id: shirt.id })).toEqual({ status: 200, body: onePage(optionsPath(), shirt.options.map(optionObject)) });
    }
    const [small] = shirt.options as [CustomFormOption];
    expect(await call(getOption, "GET", `/v1/custom-form-options/${small.id}`, "anonymous", undefined, { id: small.id })).toEqual({
      status: 200,
      body: single(optionObject(small), `/v1/custom-form-options/${small.id}`),
    });
    expect(await call(optionField, "GET", `/v1/custom-form-options/${small.id}/custom-form`, "anonymous", undefined, { id: small.id })).toEqual({
      status: 200,
      body: single(formObject(shirt), `/v1/custom-forms/${shirt.id}`),
    });
    const hidden = await createCustomForm({ event, fieldIdentifier: "room", type: "select", isIncluded: false, options: ["A"] });
    const hiddenPath = `/v1/custom-forms/${hidden.id}/custom-form-options`;
    expect(await call(listOptions, "GET", hiddenPath, "anonymous", undefined, { id: hidden.id })).toEqual(NOT_FOUND_FORM);
    expect(await call(getOption, "GET", `/v1/custom-form-options/${hidden.options[0]!.id}`, "anonymous", undefined, { id: hidden.options[0]!.id })).toEqual(
      failure(404, "Custom form option not found"),
    );
    expect(await call(listOptions, "GET", hiddenPath, "coorganizer", undefined, { id: hidden.id })).toEqual({ status: 200, body: onePage(hiddenPath, hidden.options.map(optionObject)) });
  });

  it("lets co-organizers and admins add, change and delete options, and no one else", async () => {
    for (const as of ["coorganizer", "admin"] as const) {
      const { status, body } = await call(postOption, "POST", optionsPath(), as, newOption(`XL ${as}`), { id: shirt.id });
      const option = await db.customFormOption.findFirstOrThrow({ where: { customFormId: shirt.id, value: `XL ${as}` } });
      expect(status).toBe(201);
      expect(body).toEqual(single(optionObject(option), `/v1/custom-form-options/${option.id}`));
      const changed = await call(patchOption, "PATCH", `/v1/custom-form-options/${option.id}`, as, { data: { type: "custom-form-option", id: String(option.id), attributes: { value: `XXL ${as}`, position: 0 } } }, { id: option.id });
      expect(changed).toEqual({ status: 200, body: single(optionObject({ ...option, value: `XXL ${as}`, position: 0 }), `/v1/custom-form-options/${option.id}`) });
      expect(await call(deleteOption, "DELETE", `/v1/custom-form-options/${option.id}`, as, undefined, { id: option.id })).toEqual(DELETED);
    }
    const [small] = shirt.options as [CustomFormOption];
    expect(await call(postOption, "POST", optionsPath(), "anonymous", newOption("XS"), { id: shirt.id })).toEqual(SIGN_IN);
    for (const as of ["otherOrganizer", "speaker"] as const) {
      expect(await call(postOption, "POST", optionsPath(), as, newOption("XS"), { id: shirt.id })).toEqual(NOT_FOUND_FORM);
      expect(await call(patchOption, "PATCH", `/v1/custom-form-options/${small.id}`, as, { data: { type: "custom-form-option", id: String(small.id), attributes: { value: "XS" } } }, { id: small.id })).toEqual(
        failure(404, "Custom form option not found"),
      );
      expect(await call(deleteOption, "DELETE", `/v1/custom-form-options/${small.id}`, as, undefined, { id: small.id })).toEqual(failure(404, "Custom form option not found"));
    }
    expect((await db.customFormOption.findMany({ where: { customFormId: shirt.id }, orderBy: { position: "asc" } })).map((option) => option.value)).toEqual(["S", "M"]);
  });

  it("refuses options of a field that has none (422) and a second option of the same value (409)", async () => {
    const path = `/v1/custom-forms/${notes.id}/custom-form-options`;
    expect(await call(postOption, "POST", path, "coorganizer", newOption("A"), { id: notes.id })).toEqual(
      failure(422, ["Only select and checkbox fields have options", "/data/relationships/custom-form"]),
    );
    expect(await call(postOption, "POST", optionsPath(), "coorganizer", newOption("M"), { id: shirt.id })).toEqual(
      failure(409, ['"M" is already an option of this field', "/data/attributes/value"]),
    );
    expect(await call(postOption, "POST", optionsPath(), "coorganizer", newOption(" "), { id: shirt.id })).toEqual(failure(422, ["Value is required", "/data/attributes/value"]));
    const [small] = shirt.options as [CustomFormOption];
    expect(
      await call(patchOption, "PATCH", `/v1/custom-form-options/${small.id}`, "coorganizer", { data: { type: "custom-form-option", id: String(small.id), attributes: { value: "M" } } }, { id: small.id }),
    ).toEqual(failure(409, ['"M" is already an option of this field', "/data/attributes/value"]));
    expect(await db.customFormOption.count({ where: { customFormId: notes.id } })).toBe(0);
  });
});
