import { importJobResource } from "@/lib/import/resources";
import { relationshipRoute } from "@/lib/related/routes";

export const { GET } = relationshipRoute(importJobResource, "user");
