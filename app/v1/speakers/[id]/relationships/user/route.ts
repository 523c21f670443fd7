import { relationshipRoute } from "@/lib/related/routes";
import { speakerResource } from "@/lib/speakers/resources";

export const { GET, PATCH } = relationshipRoute(speakerResource, "user");
