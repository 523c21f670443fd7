import { ping } from "./functions/ping";
import { sendNotifications } from "./functions/send-notifications";

/** Every function served at /api/inngest; one per job in lib/jobs/registry.ts. */
export const functions = [ping, ...sendNotifications];
