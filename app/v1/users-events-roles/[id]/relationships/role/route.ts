import { relationshipRoute } from "@/lib/related/routes";
import { usersEventsRolesResource } from "@/lib/roles/resource";

export const { GET, PATCH } = relationshipRoute(usersEventsRolesResource, "role");
