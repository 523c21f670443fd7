import { getCalendarToken, revokeCalendarToken, rotateCalendarToken } from "@/lib/feeds/calendar-token";
import { calendarTokenDocument } from "@/lib/feeds/calendar-token-document";
import { siteOrigin } from "@/lib/feeds/site-origin";
import { deletedResponse, documentResponse } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";

/** The caller's personal feed URL (`data: null` when they have none). */
export const GET = apiRoute(async (request, { actor }) => {
  const token = await getCalendarToken(actor);
  return documentResponse(calendarTokenDocument(token, siteOrigin(request.headers)));
});

/** Creates the token, or replaces it: the previous URL answers 404 from now on. */
export const POST = apiRoute(async (request, { actor }) => {
  const token = await rotateCalendarToken(actor);
  return documentResponse(calendarTokenDocument(token, siteOrigin(request.headers)), { status: 201 });
});

/** Revokes the feed URL. */
export const DELETE = apiRoute(async (_request, { actor }) => {
  await revokeCalendarToken(actor);
  return deletedResponse();
});
