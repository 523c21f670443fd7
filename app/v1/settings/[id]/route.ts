import { settingsRoutes } from "@/lib/settings/routes";

export const { GET, PATCH } = settingsRoutes;
