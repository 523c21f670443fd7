import { contentCollectionRoutes } from "@/lib/content/routes";
import { microlocationKind } from "@/lib/microlocations/kind";

export const { GET, POST } = contentCollectionRoutes(microlocationKind);
