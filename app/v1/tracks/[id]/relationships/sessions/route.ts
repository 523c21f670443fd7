import { relationshipRoute } from "@/lib/related/routes";
import { trackResource } from "@/lib/tracks/resources";

export const { GET } = relationshipRoute(trackResource, "sessions");
