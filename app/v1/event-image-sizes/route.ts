import { imageSizesRoutes } from "@/lib/image-sizes/routes";

/** The event image sizes singleton (Open Event's path): anyone may read, admins may change. */
export const { GET, PATCH } = imageSizesRoutes("event");
