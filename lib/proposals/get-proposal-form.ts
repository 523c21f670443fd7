import type { Actor } from "../auth/actor";
import { callState, type CallState } from "../custom-forms/call-window";
import type { FormField } from "../custom-forms/form-schema";
import { loadFormDefinition } from "../custom-forms/load-form";
import { hashMatches } from "../custom-forms/speakers-call-access";
import { db } from "../db";
import { getEvent } from "../events/get-event";
import type { ProposalInput } from "./schemas";

/** Why a proposal cannot be made now. */
export type ProposalsClosed = "event" | "private" | "upcoming" | "closed";

export interface ProposalFormData {
  event: { id: number; identifier: string; name: string; timezone: string };
  /** Published, taking proposals, and its call for speakers (if it has one) open to this caller. */
  open: boolean;
  /** Why not, when not `open`: the event takes none, a private call without its link, before or after the call. */
  closedReason: ProposalsClosed | null;
  /** The call for speakers, without its link's secret; null when the event has none or it is private and the link was not given. */
  call: { announcement: string | null; startsAt: Date; softEndsAt: Date | null; endsAt: Date; privacy: "public" | "private"; state: CallState } | null;
  /** The fields the session and speaker forms ask for (both forms), for `buildFormSchema` and the rendering. */
  definition: FormField[];
  tracks: { id: number; name: string }[];
  types: { id: number; name: string; length: string }[];
  defaults: ProposalInput;
}

/**
 * What the public "Propose a session" page needs: the event (404 as for any public page when the
 * caller may not see it), whether it takes proposals now (its call for speakers: window and
 * privacy, `callHash` being the secret of the link the page was opened with), the call's
 * announcement, the fields its forms ask for, its tracks and session types, and the caller's
 * speaker profile for the event (or their account's name) to start the form with.
 */
export async function getProposalForm(actor: NonNullable<Actor>, identifier: string, options: { callHash?: string; now?: Date } = {}): Promise<ProposalFormData> {
  const event = await getEvent(actor, identifier);
  const [tracks, types, profile, user, speakersCall, definition] = await Promise.all([
    db.track.findMany({ where: { eventId: event.id, deletedAt: null }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, name: true } }),
    db.sessionType.findMany({
      where: { eventId: event.id, deletedAt: null },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, name: true, length: true },
    }),
    db.speaker.findFirst({
      where: { eventId: event.id, userId: actor.id, deletedAt: null },
      orderBy: { id: "asc" },
      select: { name: true, organisation: true, shortBiography: true },
    }),
    db.user.findUnique({ where: { id: actor.id }, select: { firstName: true, lastName: true } }),
    db.speakersCall.findUnique({ where: { eventId: event.id } }),
    loadFormDefinition(event.id),
  ]);
  const accountName = [user?.firstName, user?.lastName].filter(Boolean).join(" ");
  const reachable = speakersCall && (speakersCall.privacy === "public" || hashMatches(options.callHash, speakersCall.hash));
  const state = speakersCall ? callState(speakersCall, options.now) : null;
  const closedReason: ProposalsClosed | null =
    event.state !== "published" || !event.isSessionsSpeakersEnabled
      ? "event"
      : speakersCall && !reachable
        ? "private"
        : state === "upcoming" || state === "closed"
          ? state
          : null;
  return {
    event: { id: event.id, identifier: event.identifier, name: event.name, timezone: event.timezone },
    open: closedReason === null,
    closedReason,
    call:
      speakersCall && reachable
        ? {
            announcement: speakersCall.announcement,
            startsAt: speakersCall.startsAt,
            softEndsAt: speakersCall.softEndsAt,
            endsAt: speakersCall.endsAt,
            privacy: speakersCall.privacy,
            state: state!,
          }
        : null,
    definition: definition.filter((field) => field.isIncluded),
    tracks,
    types,
    defaults: {
      title: "",
      shortAbstract: "",
      longAbstract: "",
      trackId: "",
      sessionTypeId: "",
      language: "",
      level: "",
      speakerName: profile?.name ?? accountName,
      organisation: profile?.organisation ?? "",
      shortBiography: profile?.shortBiography ?? "",
      submit: true,
    },
  };
}
