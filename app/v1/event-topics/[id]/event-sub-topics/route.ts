import { eventSubTopicKind } from "@/lib/taxonomy/kinds";
import { taxonomyCollectionRoutes } from "@/lib/taxonomy/routes";

/** `id` is the topic's. */
export const { GET, POST } = taxonomyCollectionRoutes(eventSubTopicKind);
