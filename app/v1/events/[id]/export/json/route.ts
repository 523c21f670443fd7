import { jsonExportOptionsSchema } from "@/lib/export-jobs";
import { exportRoute } from "../export-route";

/** Body `{"image","video","document","audio"}` booleans; missing ones are false. */
export const POST = exportRoute("json", jsonExportOptionsSchema);
