import { teamOwnerRoute } from "@/lib/roles/team-routes";

export const { GET, PATCH, DELETE } = teamOwnerRoute();
