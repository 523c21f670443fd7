import { z } from "zod";
import { optionalUrl, optionalUrlOrSitePath } from "../content/fields";
import { rowIdNumber, rowIdString } from "../jsonapi/input";
import { SESSION_STATES } from "./states";

/**
 * Input contracts of sessions (keys are internal camelCase names; the JSON:API layer maps them
 * to dasherized members and pointers). Who may change which field is the service's business
 * (update-session.ts): the schema only says what a valid value is.
 */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));
const dateTime = z.coerce.date({ message: "Must be a date and time" });
const foreignKey = rowIdNumber.nullish();
/** Answers to the event's custom form fields, keyed by field identifier. */
export const complexFieldValues = z.record(z.string().max(255), z.unknown()).nullish();

export const sessionFields = {
  title: z.string().trim().min(1, "Title is required").max(255),
  subtitle: optionalText(255),
  shortAbstract: optionalText(10_000),
  longAbstract: optionalText(50_000),
  comments: optionalText(10_000),
  language: optionalText(100),
  level: optionalText(100),
  startsAt: dateTime.nullish(),
  endsAt: dateTime.nullish(),
  state: z.enum(SESSION_STATES),
  // Files: what `/v1/upload/files` answered is a path on this site when stored locally.
  slidesUrl: optionalUrlOrSitePath,
  videoUrl: optionalUrlOrSitePath,
  audioUrl: optionalUrlOrSitePath,
  signupUrl: optionalUrl,
  isLocked: z.boolean(),
  complexFieldValues,
  trackId: foreignKey,
  microlocationId: foreignKey,
  sessionTypeId: foreignKey,
};

/** Defaults before validation (Open Event's `patch_defaults`): a new session is a draft. */
export const sessionDefaults = { state: "draft" } as const;

const endsAfterStarts = (value: { startsAt?: Date | null; endsAt?: Date | null }, ctx: z.RefinementCtx) => {
  if (value.startsAt && value.endsAt && value.endsAt <= value.startsAt) {
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: "Must be after the start" });
  }
};

const { title, state, ...optionalFields } = sessionFields;

export const createSessionSchema = z
  .object({ ...z.object(optionalFields).partial().shape, title, state: state.default(sessionDefaults.state) })
  .superRefine(endsAfterStarts);
export type CreateSessionInput = z.infer<typeof createSessionSchema>;

export const updateSessionSchema = z.object(sessionFields).partial().superRefine(endsAfterStarts);
export type UpdateSessionInput = z.infer<typeof updateSessionSchema>;

/** A to-many relationship document: `{"data": [{"type": "speaker", "id": "7"}, …]}`. */
export const speakerLinkageSchema = z.object({
  data: z.array(
    z.object({
      type: z.literal("speaker", { message: 'Expected type "speaker"' }),
      id: rowIdString("Must be a speaker id"),
    }),
  ).max(100, "At most 100 speakers per session"),
});
export type SpeakerLinkageInput = z.infer<typeof speakerLinkageSchema>;

/** The decisions the sessions list takes for several sessions of an event at once. */
export const decideSessionsSchema = z.object({
  sessionIds: z.array(rowIdNumber).min(1, "Select at least one session").max(100),
  state: z.enum(["accepted", "rejected"]),
});
export type DecideSessionsInput = z.infer<typeof decideSessionsSchema>;
