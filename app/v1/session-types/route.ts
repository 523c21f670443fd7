import { createRoute } from "@/lib/api/routes";

/** `POST /v1/session-types` with `relationships.event` (Open Event's create path; also `/v1/events/{id}/session-types`). */
export const { POST } = createRoute("session-type");
