import { relationshipRoute } from "@/lib/related/routes";
import { speakerResource } from "@/lib/speakers/resource";

export const { GET } = relationshipRoute(speakerResource, "event");
