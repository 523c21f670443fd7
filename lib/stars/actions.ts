"use server";

import { revalidatePath } from "next/cache";
import { requireSessionActor } from "../auth/session";
import { actionFailure, type ActionResult } from "../forms/action-result";
import { z } from "zod";
import { starSession } from "./star-session";
import { starSessions } from "./star-sessions";
import { unstarSession } from "./unstar-session";
// For its effect: registers the resource declarations the services below load through.
import "../api/resources";

/**
 * Star or unstar from the public pages and the calendar page (the same services as
 * `/v1/users/me/starred-sessions`). Server actions check the request's origin, so a foreign
 * site cannot star on a visitor's behalf.
 */
export async function setStarAction(sessionId: number, starred: boolean): Promise<ActionResult<{ starred: boolean }>> {
  const actor = await requireSessionActor();
  try {
    if (starred) await starSession(actor, sessionId);
    else await unstarSession(actor, sessionId);
  } catch (error) {
    return actionFailure(error, { fields: [], notFound: "This session is not available." });
  }
  revalidatePath("/calendar");
  return { ok: true, data: { starred } };
}

const localStarsSchema = z.array(z.number().int().positive()).max(500);

/**
 * The stars kept in the browser before signing in, added to the account. Answers the ids the
 * browser may forget: the starred ones and those the public can no longer star.
 */
export async function mergeLocalStarsAction(sessionIds: unknown): Promise<ActionResult<{ merged: number[] }>> {
  const actor = await requireSessionActor();
  const parsed = localStarsSchema.safeParse(sessionIds);
  if (!parsed.success) return actionFailure(parsed.error, { fields: [] });
  const merged = await starSessions(actor, parsed.data);
  revalidatePath("/calendar");
  return { ok: true, data: { merged } };
}
