import { relationshipRoute } from "@/lib/related/routes";

export const { GET, PATCH } = relationshipRoute("users-events-roles", "event");
