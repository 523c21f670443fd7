import { relationshipRoute } from "@/lib/related/routes";
import { usersEventsRolesResource } from "@/lib/roles/resources";

export const { GET, PATCH } = relationshipRoute(usersEventsRolesResource, "user");
