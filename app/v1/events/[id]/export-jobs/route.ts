import { findExportJobs } from "@/lib/export-jobs";
import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/jsonapi/route";

/** The event's recent exports (who, what, when, status, download link), for the Export tab. */
export const GET = apiRoute<{ id: string }>(async (_request, { params: { id }, actor }) => {
  const jobs = await findExportJobs(actor, id);
  return jsonResponse({ data: jobs }, { headers: { "cache-control": "no-store" } });
});
