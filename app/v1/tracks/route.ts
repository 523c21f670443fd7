import { acrossEventsRoute, createRoute } from "@/lib/api/routes";

/** `POST /v1/tracks` with `relationships.event` (Open Event's create path; also `/v1/events/{id}/tracks`); GET lists every event's for admins. */
export const { POST } = createRoute("track");
export const { GET } = acrossEventsRoute("track");
