import { relatedRoute } from "@/lib/related/routes";
import { trackResource } from "@/lib/tracks/resource";

export const { GET } = relatedRoute(trackResource, "sessions");
