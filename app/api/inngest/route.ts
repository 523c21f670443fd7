import { serve } from "inngest/next";
import type { NextRequest } from "next/server";
import { inngestEnabled } from "@/lib/env";
import { notFound } from "@/lib/errors";
import { errorResponse } from "@/lib/jsonapi/errors";
import { inngest } from "@/inngest/client";
import { functions } from "@/inngest";

const handler = serve({ client: inngest, functions });

/**
 * Without Inngest configured the embedded runner does the work, and this endpoint does not
 * exist: answering it would only advertise functions nobody may call.
 */
const guarded =
  (method: (request: NextRequest, context: unknown) => Promise<Response>) =>
  (request: NextRequest, context: unknown): Promise<Response> =>
    inngestEnabled() ? method(request, context) : Promise.resolve(errorResponse(notFound()));

export const GET = guarded(handler.GET);
export const POST = guarded(handler.POST);
export const PUT = guarded(handler.PUT);
