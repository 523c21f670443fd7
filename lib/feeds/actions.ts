"use server";

import { revalidatePath } from "next/cache";
import { requireSessionActor } from "../auth/session";
import { revokeCalendarToken, rotateCalendarToken } from "./calendar-token";
// For its effect: registers the resource declarations the services below load through.
import "../api/resources";

/** The calendar page's buttons; the same services as `/v1/users/me/calendar-token`. */

export async function rotateCalendarTokenAction(): Promise<void> {
  await rotateCalendarToken(await requireSessionActor("/calendar"));
  revalidatePath("/calendar");
}

export async function revokeCalendarTokenAction(): Promise<void> {
  await revokeCalendarToken(await requireSessionActor("/calendar"));
  revalidatePath("/calendar");
}
