import { findImportJobs } from "@/lib/import/find-import-jobs";
import { importJobResource } from "@/lib/import/resource";
import { collectionResponse, parseQuery } from "@/lib/jsonapi";
import { apiRoute } from "@/lib/api/route";

export const GET = apiRoute(async (request, { actor }) => {
  const query = parseQuery(request, importJobResource, { collection: true });
  const page = await findImportJobs(actor, query);
  return collectionResponse(request, importJobResource, page, { actor, query });
});
