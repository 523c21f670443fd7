import { userEventsRoute } from "@/lib/users/user-collection-routes";

export const { GET, POST } = userEventsRoute("organizer-events");
