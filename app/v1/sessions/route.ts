import { acrossEventsRoute, createRoute } from "@/lib/api/routes";

/** `POST /v1/sessions` with `relationships.event` (Open Event's create path; also `/v1/events/{id}/sessions`); GET lists every event's for admins. */
export const { POST } = createRoute("session");
export const { GET } = acrossEventsRoute("session");
