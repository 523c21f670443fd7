import { relationshipRoute } from "@/lib/related/routes";

export const { GET, PATCH, POST, DELETE } = relationshipRoute("notification", "user");
