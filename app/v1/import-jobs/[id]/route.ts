import { getImportJob } from "@/lib/import/get-import-job";
import { importJobResource } from "@/lib/import/resource";
import { parseQuery, resourceResponse } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";

export const GET = apiRoute<{ id: string }>(async (request, { params: { id }, actor }) => {
  const query = parseQuery(request, importJobResource);
  const job = await getImportJob(actor, id, { include: query.include });
  return resourceResponse(importJobResource, job, { actor, query });
});
