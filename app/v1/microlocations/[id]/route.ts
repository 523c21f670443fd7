import { contentItemRoutes } from "@/lib/content/routes";
import { microlocationKind } from "@/lib/microlocations/kind";

export const { GET, PATCH, DELETE } = contentItemRoutes(microlocationKind);
