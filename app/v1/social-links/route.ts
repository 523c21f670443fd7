import { createRoute } from "@/lib/api/routes";

/** `POST /v1/social-links` with `relationships.event` (Open Event's create path; also `/v1/events/{id}/social-links`). */
export const { POST } = createRoute("social-link");
