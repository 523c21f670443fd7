import { beforeAll, describe, expect, it } from "vitest";
import { signApiToken } from "@/lib/auth/api-token";
import type { Event } from "@/lib/generated/prisma/client";
import { callerAs } from "@/lib/testing/api";
import { addRole, createCustomForm, createEvent, createUser } from "@/prisma/factories";
import * as oneForm from "./[form]/route";
import * as allForms from "./route";

/**
 * `GET /v1/events/{id|identifier}/custom-forms/{form}` (Open Event's CustomFormList with
 * `form_id`): the event's fields of one form, exactly as its custom-forms collection filtered by
 * `form` shows them to each caller.
 */

let event: Event;
let call: ReturnType<typeof callerAs>;
const ACTORS = ["anonymous", "stranger", "organizer", "admin"];

beforeAll(async () => {
  const [organizer, stranger, admin] = await Promise.all([createUser(), createUser(), createUser({ isAdmin: true })]);
  event = await createEvent({ state: "published" });
  await addRole(organizer, event, "organizer");
  await addRole(stranger, await createEvent(), "organizer");
  await createCustomForm({ event, form: "speaker", name: "Shirt size", isPublic: true, options: ["S", "M"] });
  await createCustomForm({ event, form: "speaker", name: "Dietary needs", isPublic: false });
  await createCustomForm({ event, form: "session", name: "Audience" });
  call = callerAs(new Map([["organizer", await signApiToken(organizer)], ["stranger", await signApiToken(stranger)], ["admin", await signApiToken(admin)]]));
});

const filtered = (form: string, rest = "") => `?filter=${encodeURIComponent(JSON.stringify([{ name: "form", op: "eq", val: form }]))}${rest}`;

describe("GET /v1/events/{id}/custom-forms/{form}", () => {
  it("answers the event's custom-forms collection filtered by form, for every caller, by id or identifier", async () => {
    for (const as of ACTORS) {
      for (const form of ["speaker", "session"]) {
        for (const key of [event.id, event.identifier]) {
          const path = `/v1/events/${key}/custom-forms/${form}?include=custom-form-options&sort=name`;
          const one = await call(oneForm.GET, "GET", path, as, undefined, { id: key, form });
          const all = await call(allForms.GET, "GET", `/v1/events/${key}/custom-forms${filtered(form, "&include=custom-form-options&sort=name")}`, as, undefined, { id: key });
          expect(one.status, `${as} ${form}`).toBe(200);
          const { links: _one, ...oneRest } = one.body;
          const { links: _all, ...allRest } = all.body;
          expect(oneRest, `${as} ${form}`).toEqual(allRest);
          expect((one.body.links as { self: string }).self).toContain(`/v1/events/${key}/custom-forms/${form}`);
        }
      }
    }
    const speakerForm = await call(oneForm.GET, "GET", `/v1/events/${event.id}/custom-forms/speaker`, "organizer", undefined, { id: event.id, form: "speaker" });
    const fields = (speakerForm.body.data as { attributes: { name: string; form: string } }[]).map(({ attributes }) => attributes);
    expect(new Set(fields.map((field) => field.form))).toEqual(new Set(["speaker"]));
    expect(fields.map((field) => field.name)).toEqual(expect.arrayContaining(["Shirt size", "Dietary needs"]));
  });

  it("answers a form that does not exist here (Open Event's attendee form) with an empty collection, and refuses what the collection refuses", async () => {
    const attendee = await call(oneForm.GET, "GET", `/v1/events/${event.id}/custom-forms/attendee`, "organizer", undefined, { id: event.id, form: "attendee" });
    expect([attendee.status, attendee.body.data, attendee.body.meta]).toEqual([200, [], { count: 0 }]);
    const missing = await call(oneForm.GET, "GET", "/v1/events/2147483647/custom-forms/speaker", "organizer", undefined, { id: 2147483647, form: "speaker" });
    expect(missing).toEqual(await call(allForms.GET, "GET", "/v1/events/2147483647/custom-forms", "organizer", undefined, { id: 2147483647 }));
    expect(missing.status).toBe(404);
    const badSort = await call(oneForm.GET, "GET", `/v1/events/${event.id}/custom-forms/speaker?sort=nonsense`, "organizer", undefined, { id: event.id, form: "speaker" });
    expect(badSort.status).toBe(400);
    expect((badSort.body.errors as { source: unknown }[])[0]!.source).toEqual({ parameter: "sort" });
  });
});
