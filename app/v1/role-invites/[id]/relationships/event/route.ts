import { relationshipRoute } from "@/lib/related/routes";
import { roleInviteResource } from "@/lib/role-invites/resource";

export const { GET, PATCH } = relationshipRoute(roleInviteResource, "event");
