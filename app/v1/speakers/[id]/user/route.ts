import { relatedRoute } from "@/lib/related/routes";
import { speakerResource } from "@/lib/speakers/resource";

export const { GET } = relatedRoute(speakerResource, "user");
