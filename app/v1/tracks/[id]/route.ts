import { contentItemRoutes } from "@/lib/content/routes";
import { trackKind } from "@/lib/tracks/kind";

export const { GET, PATCH, DELETE } = contentItemRoutes(trackKind);
