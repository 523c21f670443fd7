import { relationshipRoute } from "@/lib/related/routes";
import { speakerResource } from "@/lib/speakers/resource";

export const { GET, PATCH } = relationshipRoute(speakerResource, "user");
