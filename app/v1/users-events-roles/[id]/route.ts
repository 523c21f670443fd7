import { itemRoutes } from "@/lib/api/routes";

/** A team member's role: read, changed (another role) and withdrawn by those who manage the event's roles (lib/roles). */
export const { GET, PATCH, DELETE } = itemRoutes("users-events-roles");
