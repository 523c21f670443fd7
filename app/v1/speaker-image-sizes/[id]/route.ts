import { imageSizesRoutes } from "@/lib/image-sizes/routes";

/** /v1/speaker-image-sizes/{id}: the same singleton by its id (Open Event serves both paths). */
export const { GET, PATCH } = imageSizesRoutes("speaker");
