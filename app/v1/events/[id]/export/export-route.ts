import type { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { parseJson } from "@/lib/auth/read-json";
import { startExport, type ExportFormat, type JsonExportOptions } from "@/lib/export-jobs";
import { jsonResponse } from "@/lib/jsonapi/route";

/**
 * The handler of every `…/export/<format>` route: Open Event's plain-JSON body (not JSON:API,
 * so pointers are `/image`, …) and its `200 {"task_url": …}` answer.
 */
export function exportRoute(format: ExportFormat, bodySchema?: z.ZodType<JsonExportOptions | Record<string, never>>) {
  return apiRoute<{ id: string }>(
    async (request, { params: { id }, actor }) => {
      const text = bodySchema && request.method === "POST" ? await request.text() : "";
      // An empty body means "no options" (every media kind false), as Open Event's frontend may send none.
      const body = bodySchema ? bodySchema.parse(text.trim() ? parseJson(text) : {}) : undefined;
      const options = format === "json" ? (body as JsonExportOptions) : undefined;
      const { taskUrl } = await startExport(actor, id, format, options);
      return jsonResponse({ task_url: taskUrl });
    },
    { pointerBase: "" },
  );
}
