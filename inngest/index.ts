import { deriveImages } from "./functions/derive-images";
import { exportEvent } from "./functions/export-event";
import { importEvent } from "./functions/import-event";
import { ping } from "./functions/ping";
import { sendNotifications } from "./functions/send-notifications";

/** Every function served at /api/inngest; one per job in lib/jobs/registry.ts. */
export const functions = [ping, ...sendNotifications, exportEvent, importEvent, deriveImages];
