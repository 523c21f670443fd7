import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createUser } from "../../prisma/factories";
import { db } from "../db";
import { AppError } from "../errors";
import { Prisma } from "../generated/prisma/client";
import { DocumentValidationError } from "../jsonapi/errors";
import { actionFailure } from "./action-result";

/** The rejection of `promise`, which must reject. */
async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail("expected the operation to fail"),
    (error: unknown) => error,
  );
}

/** What `actionFailure` throws for `error`, which it must rethrow. */
function rethrown(error: unknown): unknown {
  try {
    actionFailure(error, { notFound: "Gone" });
  } catch (thrown) {
    return thrown;
  }
  return expect.fail("expected the error to be rethrown");
}

describe("actionFailure", () => {
  it("puts an AppError beside the field it names, by the form's name where it differs", () => {
    expect(actionFailure(new AppError("UNPROCESSABLE", "Must be after the start", { field: "endsAt" }))).toEqual({
      ok: false,
      fieldErrors: { endsAt: "Must be after the start" },
    });
    expect(actionFailure(new AppError("UNPROCESSABLE", "Must be after the start", { field: ["endsAt"] }), { rename: { endsAt: "minutes" } })).toEqual({
      ok: false,
      fieldErrors: { minutes: "Must be after the start" },
    });
    // An entry of a list is an input of its own (react-hook-form's path).
    expect(actionFailure(new AppError("UNPROCESSABLE", "Taken", { field: ["tracks", 2, "name"] }))).toEqual({
      ok: false,
      fieldErrors: { "tracks.2.name": "Taken" },
    });
  });

  it("puts an error about a relationship, or any entry of it, beside the relationship's one field", () => {
    const rename = { track: "trackId", speakers: "speakerIds" };
    expect(actionFailure(new AppError("UNPROCESSABLE", "This track does not belong to the event", { relationship: "track" }), { rename })).toEqual({
      ok: false,
      fieldErrors: { trackId: "This track does not belong to the event" },
    });
    const entries = new DocumentValidationError([
      { detail: "Speaker 7 does not belong to this event", relationship: ["speakers", "data", 0, "id"] },
      { detail: "Speaker 9 does not belong to this event", relationship: ["speakers", "data", 2, "id"] },
    ]);
    expect(actionFailure(entries, { rename })).toEqual({
      ok: false,
      fieldErrors: { speakerIds: "Speaker 7 does not belong to this event Speaker 9 does not belong to this event" },
    });
  });

  it("answers every issue of a DocumentValidationError, and what names no field of the form at form level", () => {
    const error = new DocumentValidationError([
      { detail: "Track 'Web' is used by 1 session", field: "tracks" },
      { detail: "This room does not belong to the event", field: ["microlocations", 2, "id"] },
      { detail: "Unknown attribute \"colour\"", pointer: "/data/attributes/colour" },
      { detail: "Status must be accepted or declined", field: "status" },
    ]);
    expect(actionFailure(error, { fields: ["tracks", "microlocations.2.id"] })).toEqual({
      ok: false,
      fieldErrors: { tracks: "Track 'Web' is used by 1 session", "microlocations.2.id": "This room does not belong to the event" },
      formError: 'Unknown attribute "colour" Status must be accepted or declined',
    });
  });

  it("puts zod issues at their paths, nested ones included, and the whole input's at form level", () => {
    const schema = z.object({
      name: z.string().min(1, "Name is required"),
      tracks: z.array(z.object({ name: z.string().min(1, "Track name is required"), color: z.string().regex(/^#/, "Must be a colour") })),
    });
    const error = schema.safeParse({ name: "", tracks: [{ name: "Web", color: "#fff" }, { name: "", color: "red" }] }).error;
    expect(actionFailure(error)).toEqual({
      ok: false,
      fieldErrors: { name: "Name is required", "tracks.1.name": "Track name is required", "tracks.1.color": "Must be a colour" },
    });
    const whole = z.object({ a: z.string() }).refine(() => false, "Something about the whole form").safeParse({ a: "x" }).error;
    expect(actionFailure(whole)).toEqual({ ok: false, fieldErrors: {}, formError: "Something about the whole form" });
    // A list given on its own: its entries are no fields of a form.
    const list = z.array(z.number({ error: "Pick speakers from the list" })).safeParse([1, "x"]).error;
    expect(actionFailure(list)).toEqual({ ok: false, fieldErrors: {}, formError: "Pick speakers from the list" });
  });

  it("puts two broken rules of one field side by side", () => {
    const error = z.object({ password: z.string().min(8, "At least 8 characters").regex(/\d/, "Needs a digit") }).safeParse({ password: "short" }).error;
    expect(actionFailure(error)).toEqual({ ok: false, fieldErrors: { password: "At least 8 characters Needs a digit" } });
  });

  it("puts a unique violation from the database (P2002) beside its column", async () => {
    const user = await createUser();
    const error = await caught(createUser({ email: user.email }));
    expect((error as Prisma.PrismaClientKnownRequestError).code).toBe("P2002");
    expect(actionFailure(error)).toEqual({ ok: false, fieldErrors: { email: "A resource with this email already exists" } });
  });

  it("answers NOT_FOUND (and a missing row of the database) with the caller's message", async () => {
    expect(actionFailure(new AppError("NOT_FOUND", "Event not found"), { notFound: "This event does not exist or you may not change it." })).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "This event does not exist or you may not change it.",
    });
    const missing = await caught(db.event.update({ where: { id: 2_000_000_000 }, data: { name: "Nobody" } }));
    expect(actionFailure(missing, { notFound: "Gone" })).toEqual({ ok: false, fieldErrors: {}, formError: "Gone" });
    expect(actionFailure(new AppError("NOT_FOUND", "Session not found"))).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "This does not exist or you may not change it.",
    });
  });

  it("rethrows what is no known failure, for the error boundary and the server log", () => {
    const bug = new TypeError("cannot read properties of undefined");
    const internal = new AppError("INTERNAL", "The mail server is down");
    const conflict = new Prisma.PrismaClientKnownRequestError("Transaction failed due to a write conflict", {
      code: "P2034",
      clientVersion: Prisma.prismaVersion.client,
    });
    for (const error of [bug, internal, conflict, "a string"]) expect(rethrown(error)).toBe(error);
  });
});
