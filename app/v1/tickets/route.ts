import { createRoute } from "@/lib/api/routes";

/** `POST /v1/tickets` with `relationships.event` (Open Event's create path; also `/v1/events/{id}/tickets`). */
export const { POST } = createRoute("ticket");
