import { relatedRoute } from "@/lib/related/routes";
import { usersEventsRolesResource } from "@/lib/roles/resource";

export const { GET } = relatedRoute(usersEventsRolesResource, "role");
