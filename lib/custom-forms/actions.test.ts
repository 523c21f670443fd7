import { beforeAll, describe, expect, it, vi } from "vitest";
import { createEvent, createUser } from "../../prisma/factories";
import type { Event } from "../generated/prisma/client";
import { asActor } from "../testing/actors";
import { signIn } from "../testing/signed-in";
import { builtInFields } from "./fields";

vi.mock("../auth/session", () => import("../testing/signed-in"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const { saveFormAction } = await import("./actions");

let event: Event;

beforeAll(async () => {
  const owner = await createUser();
  event = await createEvent({ owner });
  signIn(asActor(owner));
});

/** The builder's save of the speaker form: every built-in field as it is, then `custom`. */
const speakerForm = (...custom: Record<string, unknown>[]) => ({
  form: "speaker",
  fields: [...builtInFields("speaker").map((field) => ({ fieldIdentifier: field.fieldIdentifier })), ...custom],
});

describe("saveFormAction (the form builder's save)", () => {
  it("puts each refused rule beside the builder's field: an option at its index, min above max, a fixed field made optional", async () => {
    const input = speakerForm({ name: "T-shirt size", type: "select", options: ["S", "S"] }, { name: "Talks", type: "number", min: 5, max: 1 });
    input.fields[0] = { fieldIdentifier: "name", isRequired: false } as never;
    expect(await saveFormAction(event.identifier, input)).toEqual({
      ok: false,
      fieldErrors: {
        "fields.0.isRequired": expect.stringMatching(/required/i),
        "fields.14.options.1": expect.any(String),
        "fields.15.max": expect.any(String),
      },
    });
  });

  it("saves the form and answers its fields in order, with the new field's identifier made from its name", async () => {
    const result = await saveFormAction(event.identifier, speakerForm({ name: "T-shirt size", type: "select", options: ["S", "M"], isRequired: true, isIncluded: true }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.fields.map((field) => [field.fieldIdentifier, field.position])).toEqual([
      ...builtInFields("speaker").map((field, position) => [field.fieldIdentifier, position]),
      [expect.stringMatching(/^[A-Za-z][A-Za-z0-9_-]*$/), 14],
    ]);
    expect(result.data.fields.at(-1)).toMatchObject({ name: "T-shirt size", type: "select", options: ["S", "M"], isRequired: true, isIncluded: true, isComplex: true, isPublic: false });
  });
});
