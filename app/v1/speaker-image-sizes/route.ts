import { imageSizesRoutes } from "@/lib/image-sizes/routes";

/** The speaker image sizes singleton (Open Event's path): anyone may read, admins may change. */
export const { GET, PATCH } = imageSizesRoutes("speaker");
