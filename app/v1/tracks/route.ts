import { createRoute } from "@/lib/api/routes";

/** `POST /v1/tracks` with `relationships.event` (Open Event's create path; also `/v1/events/{id}/tracks`). */
export const { POST } = createRoute("track");
