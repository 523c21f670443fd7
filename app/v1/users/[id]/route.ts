import { itemRoutes } from "@/lib/api/routes";

/** The whole account to the user and admins, the public profile to others; PATCH and DELETE by the user or an admin. */
export const { GET, PATCH, DELETE } = itemRoutes("user");
