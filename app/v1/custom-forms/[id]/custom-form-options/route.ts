import { collectionRoutes } from "@/lib/api/routes";

/** Open Event's list of a field's options, which is also the related endpoint of its `custom-form-options`. */
export const { GET, POST } = collectionRoutes("custom-form-option");
