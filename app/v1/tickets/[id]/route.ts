import { contentItemRoutes } from "@/lib/content/routes";
import { ticketKind } from "@/lib/tickets/kind";

export const { GET, PATCH, DELETE } = contentItemRoutes(ticketKind);
