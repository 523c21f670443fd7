import { relatedRoute } from "@/lib/related/routes";
import { roleInviteResource } from "@/lib/role-invites/resource";

export const { GET } = relatedRoute(roleInviteResource, "event");
