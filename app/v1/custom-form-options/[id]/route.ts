import { itemRoutes } from "@/lib/api/routes";

export const { GET, PATCH, DELETE } = itemRoutes("custom-form-option");
