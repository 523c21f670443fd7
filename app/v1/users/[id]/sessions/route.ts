import { userCollectionRoute } from "@/lib/users/user-collection-routes";

export const { GET } = userCollectionRoute("session");
