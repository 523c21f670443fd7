import { contentEventLinkageRoutes } from "@/lib/content/routes";
import { microlocationKind } from "@/lib/microlocations/kind";

export const { GET } = contentEventLinkageRoutes(microlocationKind);
