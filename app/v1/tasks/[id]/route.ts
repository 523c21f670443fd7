import { getTask } from "@/lib/jobs/get-task";
import { apiRoute } from "@/lib/api/route";
import { jsonResponse } from "@/lib/jsonapi/route";

export const GET = apiRoute<{ id: string }>(async (_request, { params: { id }, actor }) => {
  const status = await getTask(actor, id);
  // Polled while a job runs: no cache (browser or proxy) may answer with an old state.
  return jsonResponse(status, { headers: { "cache-control": "no-store" } });
});
