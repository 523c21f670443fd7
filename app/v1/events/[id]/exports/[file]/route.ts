import { getExportFile } from "@/lib/export-jobs";
import { apiRoute } from "@/lib/api/route";

/**
 * A finished export, streamed from the file store (co-organizers and up; others 404), to a
 * token or session, or to anyone holding the signed link of a task result (no header needed).
 */
export const GET = apiRoute<{ id: string; file: string }>(async (request, { params: { id, file }, actor }) => {
  const found = await getExportFile(actor, id, file, new URL(request.url).searchParams);
  // Identifiers are slugs; the replacement keeps a header-breaking character out regardless.
  const name = found.downloadName.replace(/[^A-Za-z0-9._-]/g, "_");
  const headers: Record<string, string> = {
    "content-type": found.contentType,
    "content-disposition": `attachment; filename="${name}"`,
    // Private data of one user's event: never in a shared cache.
    "cache-control": "private, no-store",
    "x-content-type-options": "nosniff",
  };
  if (found.size >= 0) headers["content-length"] = String(found.size);
  return new Response(found.body, { headers });
});
