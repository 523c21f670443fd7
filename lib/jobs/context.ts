import type { JobContext, JsonValue } from "./define-job";
import { setProgress, type StepRecord } from "./task-store";

function clampPercent(percent: number | undefined): number | null {
  if (percent === undefined || !Number.isFinite(percent)) return null;
  return Math.min(100, Math.max(0, Math.round(percent)));
}

/** `ctx.progress` for both backends: it writes to the same Task row either way. */
export function progressReporter(taskId: string): JobContext["progress"] {
  return (text, percent) => setProgress(taskId, text, clampPercent(percent));
}

/**
 * Repeated ids get a counter, as Inngest does, so a step inside a loop may keep one id and
 * still be memoised per iteration.
 */
export function stepIdCounter(): (id: string) => string {
  const seen = new Map<string, number>();
  return (id) => {
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    return n === 0 ? id : `${id}:${n}`;
  };
}

/**
 * `ctx.step` of the embedded runner: step results are written to the task as soon as a step
 * succeeds, and a later attempt returns them without running the step again.
 */
export function memoisedSteps(
  initial: StepRecord,
  persist: (steps: StepRecord) => Promise<void>,
): JobContext["step"] {
  const steps: StepRecord = { ...initial };
  const key = stepIdCounter();
  // Writes are chained: parallel steps each save the whole record, and a late write of an
  // older snapshot must not drop a newer step.
  let saving: Promise<void> = Promise.resolve();
  return {
    async run<T extends JsonValue | void>(id: string, fn: () => Promise<T> | T): Promise<T> {
      const stepKey = key(id);
      const done = steps[stepKey];
      if (done) return done.v as T;
      const value = await fn();
      const record = value === undefined ? {} : { v: JSON.parse(JSON.stringify(value)) as JsonValue };
      steps[stepKey] = record;
      saving = saving.then(() => persist(steps));
      await saving;
      return record.v as T;
    },
  };
}
