import { itemRoutes } from "@/lib/api/routes";

/** Public reference data, as Open Event Server serves it; admins rename a role's title, and the set is fixed (lib/roles/roles.ts). */
export const { GET, PATCH, DELETE } = itemRoutes("role");
