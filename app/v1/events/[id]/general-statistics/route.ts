import { readRoute } from "@/lib/api/routes";

export const { GET } = readRoute("event-statistics-general");
