import { relatedRoute } from "@/lib/related/routes";
import { usersEventsRolesResource } from "@/lib/roles/resources";

export const { GET } = relatedRoute(usersEventsRolesResource, "tracks");
