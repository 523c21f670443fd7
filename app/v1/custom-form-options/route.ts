import { createRoute } from "@/lib/api/routes";

/** `POST /v1/custom-form-options` with `relationships.custom-form` (also `/v1/custom-forms/{id}/custom-form-options`). */
export const { POST } = createRoute("custom-form-option");
