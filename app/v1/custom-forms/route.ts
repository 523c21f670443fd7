import { collectionRoutes } from "@/lib/api/routes";

/** `POST /v1/custom-forms`: the event is the body's relationship `event`. */
export const { POST } = collectionRoutes("custom-form");
