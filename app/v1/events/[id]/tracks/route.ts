import { contentCollectionRoutes } from "@/lib/content/routes";
import { trackKind } from "@/lib/tracks/kind";

export const { GET, POST } = contentCollectionRoutes(trackKind);
