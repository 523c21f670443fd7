import { userSessionsRoute } from "@/lib/users/user-collection-routes";

export const { GET } = userSessionsRoute();
