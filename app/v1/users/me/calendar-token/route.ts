import { getActor } from "@/lib/auth/get-actor";
import { getCalendarToken, revokeCalendarToken, rotateCalendarToken } from "@/lib/feeds/calendar-token";
import { calendarTokenDocument } from "@/lib/feeds/calendar-token-document";
import { siteOrigin } from "@/lib/feeds/site-origin";
import { deletedResponse, documentResponse } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";

/** The caller's personal feed URL (`data: null` when they have none). */
export const GET = apiRoute(async (request) => {
  const token = await getCalendarToken(await getActor(request));
  return documentResponse(calendarTokenDocument(token, siteOrigin(request.headers)));
});

/** Creates the token, or replaces it: the previous URL answers 404 from now on. */
export const POST = apiRoute(async (request) => {
  const token = await rotateCalendarToken(await getActor(request));
  return documentResponse(calendarTokenDocument(token, siteOrigin(request.headers)), { status: 201 });
});

/** Revokes the feed URL. */
export const DELETE = apiRoute(async (request) => {
  await revokeCalendarToken(await getActor(request));
  return deletedResponse();
});
