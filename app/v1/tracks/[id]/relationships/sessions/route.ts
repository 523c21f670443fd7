import { relationshipRoute } from "@/lib/related/routes";
import { trackResource } from "@/lib/tracks/resource";

export const { GET } = relationshipRoute(trackResource, "sessions");
