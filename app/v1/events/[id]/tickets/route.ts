import { contentCollectionRoutes } from "@/lib/content/routes";
import { ticketKind } from "@/lib/tickets/kind";

export const { GET, POST } = contentCollectionRoutes(ticketKind);
