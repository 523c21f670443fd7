import { eventSubTopicKind } from "@/lib/taxonomy/kinds";
import { taxonomyItemRoutes } from "@/lib/taxonomy/routes";

export const { GET, PATCH, DELETE } = taxonomyItemRoutes(eventSubTopicKind);
