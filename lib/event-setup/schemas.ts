import { z } from "zod";
import { sessionLengthSchema } from "../session-types/schemas";
import { rowIdNumber } from "../jsonapi/input";

/**
 * The one input contract of the "Sessions & speakers" setup page: the FULL desired lists of an
 * event's tracks, rooms (microlocations) and session types, in display order. The dashboard
 * form validates with it (react-hook-form's zod resolver) and `saveEventSetup` parses with it
 * again, so the browser and the server can never disagree about what is valid.
 *
 * Issue paths point at the offending entry (`tracks.2.name`); the service's own errors name
 * entries the same way (`["tracks", 2, "id"]`), so the form shows every message beside its input.
 */

/** Upper bound per list: far above any real conference, low enough to bound one save's work. */
export const MAX_SETUP_ITEMS = 200;

const id = rowIdNumber.optional();

const name = (what: string) => z.string().trim().min(1, `${what} name is required`).max(255, "At most 255 characters");

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    .nullish()
    .transform((value) => (value ? value : null));

/** `#rrggbb`; stored lowercase because `<input type="color">` reports lowercase. */
const color = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, "Color must look like #1a2b3c")
  .transform((value) => value.toLowerCase());

/**
 * A room's floor is a whole number (the column is an integer; basements are negative). The
 * form's number input holds a string, the API may send a number; empty means "not set".
 */
const floor = z
  .union([
    z.number().int("Floor must be a whole number").min(-99, "Floor must be between -99 and 999").max(999, "Floor must be between -99 and 999"),
    z
      .string()
      .trim()
      .regex(/^(-?\d{1,3})?$/, "Floor must be a whole number between -99 and 999"),
  ])
  .nullish()
  .transform((value) => (value === "" || value === null || value === undefined ? null : Number(value)));

export const trackSetupSchema = z.object({
  id,
  name: name("Track"),
  color,
  description: optionalText(2_000),
});

export const microlocationSetupSchema = z.object({
  id,
  name: name("Room"),
  floor,
  room: optionalText(255),
});

export const sessionTypeSetupSchema = z.object({
  id,
  name: name("Session type"),
  length: sessionLengthSchema,
});

/** The lists of the setup page, with what one entry is called in messages. */
export const SETUP_LISTS = {
  tracks: { singular: "track", label: "Track" },
  microlocations: { singular: "room", label: "Room" },
  sessionTypes: { singular: "session type", label: "Session type" },
} as const;
export type SetupList = keyof typeof SETUP_LISTS;

/**
 * Names are compared the way people read them: trimmed, case-insensitively and with Unicode
 * normalised, so "Hall A" and "hall a " cannot both exist and confuse the schedule.
 */
export const nameKey = (value: string) => value.trim().normalize("NFKC").toLocaleLowerCase("en");

/**
 * zod still runs this when some entries failed their own checks (so that every problem is shown
 * at once), which means an entry may be anything here: only well-typed values are compared.
 */
function uniqueWithin(list: SetupList, items: unknown, ctx: z.RefinementCtx) {
  if (!Array.isArray(items)) return;
  const names = new Map<string, number>();
  const ids = new Set<number>();
  (items as { id?: unknown; name?: unknown }[]).forEach((item, index) => {
    if (typeof item !== "object" || item === null) return;
    const key = typeof item.name === "string" ? nameKey(item.name) : "";
    if (key && names.has(key)) {
      ctx.addIssue({
        code: "custom",
        path: [list, index, "name"],
        message: `Another ${SETUP_LISTS[list].singular} is already called '${String(item.name).trim()}'`,
      });
    } else if (key) {
      names.set(key, index);
    }
    if (typeof item.id === "number") {
      // The same row twice would be saved twice in one request with different values.
      if (ids.has(item.id)) {
        ctx.addIssue({ code: "custom", path: [list, index, "id"], message: `This ${SETUP_LISTS[list].singular} is listed twice` });
      }
      ids.add(item.id);
    }
  });
}

const list = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item).max(MAX_SETUP_ITEMS, `At most ${MAX_SETUP_ITEMS} ${what}`);

export const eventSetupSchema = z
  .object({
    tracks: list(trackSetupSchema, "tracks"),
    microlocations: list(microlocationSetupSchema, "rooms"),
    sessionTypes: list(sessionTypeSetupSchema, "session types"),
  })
  .superRefine((value, ctx) => {
    uniqueWithin("tracks", value.tracks, ctx);
    uniqueWithin("microlocations", value.microlocations, ctx);
    uniqueWithin("sessionTypes", value.sessionTypes, ctx);
  });

/** What the form holds and callers send. */
export type EventSetupInput = z.input<typeof eventSetupSchema>;
/** What the service works with after parsing. */
export type EventSetupData = z.output<typeof eventSetupSchema>;
