import { collectionRoutes } from "@/lib/api/routes";

/**
 * `id` is the event's id or identifier. Anyone who may view the event reads the fields its forms
 * include (its call for speakers shows them); its team reads every field. Fields are created with
 * `POST /v1/custom-forms` (relationship `event`), as in Open Event.
 */
export const { GET } = collectionRoutes("custom-form");
