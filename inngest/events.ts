import { eventType } from "inngest";
import { z } from "zod";
import type { JobDefinition } from "@/lib/jobs/define-job";

/** The Inngest event data of a job: its payload and the Task it reports to. */
export function eventDataSchema<T extends z.ZodObject>(payload: T) {
  return payload.extend({ taskId: z.uuid() });
}

/**
 * The typed, validated Inngest event of a job: named as the job, its data the job's payload
 * schema plus the `taskId` of the Task row that reports its state. Built from the definition
 * (the one source shared with the embedded runner), so the two cannot drift apart.
 */
export function jobEvent<TName extends string, TSchema extends z.ZodObject>(job: JobDefinition<TName, TSchema>) {
  return eventType(job.name, { schema: eventDataSchema(job.schema) });
}
