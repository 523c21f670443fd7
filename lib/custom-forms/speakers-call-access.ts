import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { isAdmin, type Actor } from "../auth/actor";
import { db } from "../db";
import { notFound } from "../errors";
import type { Prisma, SpeakersCall } from "../generated/prisma/client";
import { actorRoles, eventScope, reach, rolesOf, type EventRole } from "../permissions";

/**
 * Who sees an event's call for speakers: anyone who may view the event sees a public call; a
 * private one only the event's team and whoever has its link (`hash`). The hash itself is the
 * team's alone, so every other reader gets the call without it.
 */

/** A call as the services answer it: `hash` is null for everyone but the event's team. */
export type SpeakersCallRecord = Omit<SpeakersCall, "hash"> & { hash: string | null };

/** A new private link's secret: 24 random bytes, URL-safe. */
export const newCallHash = () => randomBytes(24).toString("base64url");

/** Compares a given link secret with the call's in constant time. */
export function hashMatches(given: string | null | undefined, hash: string): boolean {
  if (!given) return false;
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(hash));
}

/**
 * The call matching `where` that the actor may see (with `hash` the secret of a private call's
 * link), else NOT_FOUND; the hash blanked for anyone outside the event's team.
 */
export async function readSpeakersCall(actor: Actor, where: Prisma.SpeakersCallWhereInput, options: { hash?: string } = {}): Promise<SpeakersCallRecord> {
  const call = await db.speakersCall.findFirst({
    where: { AND: [where, { event: eventScope(actor, "content.view") }] },
    include: { event: { select: actor && !isAdmin(actor) ? { roles: rolesOf(actor) } : { id: true } } },
  });
  if (!call) throw notFound("Speakers call");
  const { event, ...row } = call;
  const roles = actorRoles(event as { roles?: { role: { name: EventRole } }[] });
  if (reach(actor, "event.view-private", roles) !== "none") return row;
  if (row.privacy === "private" && !hashMatches(options.hash, row.hash)) throw notFound("Speakers call");
  return { ...row, hash: null };
}
