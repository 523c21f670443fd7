import { relatedRoute } from "@/lib/related/routes";
import { speakerResource } from "@/lib/speakers/resources";

export const { GET } = relatedRoute(speakerResource, "event");
