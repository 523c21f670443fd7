import { readRoute } from "@/lib/api/routes";

export const { GET } = readRoute("admin-statistics-group");
