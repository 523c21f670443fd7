import { createRoute } from "@/lib/api/routes";

/** `POST /v1/sessions` with `relationships.event` (Open Event's create path; also `/v1/events/{id}/sessions`). */
export const { POST } = createRoute("session");
