import { relatedRoute } from "@/lib/related/routes";
import { trackResource } from "@/lib/tracks/resources";

export const { GET } = relatedRoute(trackResource, "sessions");
