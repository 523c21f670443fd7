import { emptyExportBodySchema } from "@/lib/export-jobs";
import { exportRoute } from "../../export-route";

export const POST = exportRoute("sessions-csv", emptyExportBodySchema);
