import { setTimeout as sleep } from "node:timers/promises";
import { defineJob } from "./define-job";
import { JOB_NAMES, pingPayloadSchema } from "./schemas";

/**
 * A diagnostic job: proves that background work runs end to end (tests, bench, and an admin
 * checking a deployment). With `steps` it reports progress after each step.
 */
export const pingJob = defineJob({
  name: JOB_NAMES.ping,
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
