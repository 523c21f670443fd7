import { contentEventRoutes } from "@/lib/content/routes";
import { microlocationKind } from "@/lib/microlocations/kind";

export const { GET } = contentEventRoutes(microlocationKind);
