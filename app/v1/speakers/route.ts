import { createRoute } from "@/lib/api/routes";

/** `POST /v1/speakers` with `relationships.event` (Open Event's create path; also `/v1/events/{id}/speakers`). */
export const { POST } = createRoute("speaker");
