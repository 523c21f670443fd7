import { createRoute } from "@/lib/api/routes";

/** `POST /v1/sponsors` with `relationships.event` (Open Event's create path; also `/v1/events/{id}/sponsors`). */
export const { POST } = createRoute("sponsor");
