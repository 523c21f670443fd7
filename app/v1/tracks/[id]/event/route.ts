import { contentEventRoutes } from "@/lib/content/routes";
import { trackKind } from "@/lib/tracks/kind";

export const { GET } = contentEventRoutes(trackKind);
