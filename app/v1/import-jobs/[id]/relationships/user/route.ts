import { importJobResource } from "@/lib/import/resource";
import { relationshipRoute } from "@/lib/related/routes";

export const { GET } = relationshipRoute(importJobResource, "user");
