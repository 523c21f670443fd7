import { contentEventLinkageRoutes } from "@/lib/content/routes";
import { ticketKind } from "@/lib/tickets/kind";

export const { GET } = contentEventLinkageRoutes(ticketKind);
