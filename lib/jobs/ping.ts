import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { defineJob } from "./define-job";

export const pingPayloadSchema = z.object({
  message: z.string().max(200).optional(),
  /** Number of steps, each reporting progress: exercises memoisation and progress in tests/bench. */
  steps: z.number().int().min(0).max(100).optional(),
  /** Pause per step, to observe or measure a running job. */
  delayMs: z.number().int().min(0).max(60_000).optional(),
});
export type PingPayload = z.infer<typeof pingPayloadSchema>;

/**
 * A diagnostic job: proves that background work runs end to end (tests, bench, and an admin
 * checking a deployment). With `steps` it reports progress after each step.
 */
export const pingJob = defineJob({
  name: "app/ping",
  schema: pingPayloadSchema,
  async handler(payload, ctx) {
    const steps = payload.steps ?? 0;
    const delayMs = payload.delayMs ?? 0;
    for (let index = 1; index <= steps; index++) {
      await ctx.step.run(`step-${index}`, async () => {
        if (delayMs) await sleep(delayMs, undefined, { signal: ctx.signal });
        return index;
      });
      await ctx.progress(`Step ${index} of ${steps}`, (index / steps) * 100);
    }
    if (steps === 0 && delayMs) await sleep(delayMs, undefined, { signal: ctx.signal });
    return { message: payload.message ?? "pong", steps };
  },
});
