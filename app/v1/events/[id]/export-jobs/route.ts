import { getActor } from "@/lib/auth/get-actor";
import { findExportJobs } from "@/lib/export-jobs";
import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/jsonapi/route";

/** The event's recent exports (who, what, when, status, download link), for the Export tab. */
export const GET = apiRoute<{ id: string }>(async (request, { params }) => {
  const { id } = await params;
  const jobs = await findExportJobs(await getActor(request), id);
  return jsonResponse({ data: jobs }, { headers: { "cache-control": "no-store" } });
});
