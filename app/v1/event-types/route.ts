import { eventTypeKind } from "@/lib/taxonomy/kinds";
import { taxonomyCollectionRoutes } from "@/lib/taxonomy/routes";

export const { GET, POST } = taxonomyCollectionRoutes(eventTypeKind);
