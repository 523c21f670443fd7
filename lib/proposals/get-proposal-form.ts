import type { Actor } from "../auth/actor";
import { db } from "../db";
import { getEvent } from "../events/get-event";
import type { ProposalInput } from "./schemas";

export interface ProposalFormData {
  event: { id: number; identifier: string; name: string };
  /** Published and taking proposals. */
  open: boolean;
  tracks: { id: number; name: string }[];
  types: { id: number; name: string; length: string }[];
  defaults: ProposalInput;
}

/**
 * What the public "Propose a session" page needs: the event (404 as for any public page when the
 * caller may not see it), whether it takes proposals, its tracks and session types, and the
 * caller's speaker profile for the event (or their account's name) to start the form with.
 */
export async function getProposalForm(actor: NonNullable<Actor>, identifier: string): Promise<ProposalFormData> {
  const event = await getEvent(actor, identifier);
  const [tracks, types, profile, user] = await Promise.all([
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
  ]);
  const accountName = [user?.firstName, user?.lastName].filter(Boolean).join(" ");
  return {
    event: { id: event.id, identifier: event.identifier, name: event.name },
    open: event.state === "published" && event.isSessionsSpeakersEnabled,
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
