import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import type { JsonValue } from "./define-job";

/**
 * Every write to the Task table. Times that other processes compare against use the
 * database clock, in UTC: Prisma stores DateTime as UTC in `timestamp without time zone`,
 * while `now()` would be converted through the session's TimeZone (the embedded server
 * inherits the machine's), so SQL here uses NOW_UTC.
 */
const NOW_UTC = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

/** Marks a Task run by Inngest (its own engine holds the lease). */
export const INNGEST_WORKER = "inngest";

/** Step results of an unfinished task, kept in Task.result until the handler's result replaces it. */
export type StepRecord = Record<string, { v?: JsonValue }>;

export interface ClaimedTask {
  id: string;
  name: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
  steps: StepRecord;
}

export interface NewTask {
  name: string;
  payload: Record<string, unknown>;
  userId?: number | null;
  eventId?: number | null;
  maxAttempts?: number;
}

export async function createTask(input: NewTask): Promise<{ id: string }> {
  return db.task.create({
    data: {
      name: input.name,
      payload: input.payload as Prisma.InputJsonValue,
      userId: input.userId ?? null,
      eventId: input.eventId ?? null,
      ...(input.maxAttempts ? { maxAttempts: input.maxAttempts } : {}),
    },
    select: { id: true },
  });
}

function stepsOf(result: unknown): StepRecord {
  if (result && typeof result === "object" && "steps" in result) {
    const steps = (result as { steps: unknown }).steps;
    if (steps && typeof steps === "object") return steps as StepRecord;
  }
  return {};
}

/**
 * Claims the oldest runnable task among `names`: a PENDING one whose time has come, or a
 * STARTED one whose lease expired (its worker died). SKIP LOCKED lets any number of processes
 * share the table without handing the same task to two of them. The attempt is counted here,
 * so a task that kills its worker every time still runs out of attempts.
 */
export async function claimTask(workerId: string, names: readonly string[], leaseMs: number): Promise<ClaimedTask | null> {
  if (names.length === 0) return null;
  const rows = await db.$queryRaw<
    { id: string; name: string; payload: unknown; attempts: number; maxAttempts: number; result: unknown }[]
  >`
    UPDATE "Task" SET
      state = 'STARTED',
      attempts = attempts + 1,
      "lockedAt" = ${NOW_UTC},
      "lockedBy" = ${workerId},
      "startedAt" = COALESCE("startedAt", ${NOW_UTC}),
      "updatedAt" = ${NOW_UTC}
    WHERE id = (
      SELECT id FROM "Task"
      WHERE name = ANY(${[...names]}::text[])
        AND (
          (state = 'PENDING' AND "runAfter" <= ${NOW_UTC})
          OR (state = 'STARTED' AND ("lockedAt" IS NULL
              OR "lockedAt" < ${NOW_UTC} - ${leaseMs} * interval '1 millisecond'))
        )
      ORDER BY "createdAt"
      FOR UPDATE SKIP LOCKED
      LIMIT 1
    )
    RETURNING id::text AS id, name, payload, attempts, "maxAttempts", result`;
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    payload: row.payload,
    attempts: Number(row.attempts),
    maxAttempts: Number(row.maxAttempts),
    steps: stepsOf(row.result),
  };
}

/** Keeps the leases of running tasks fresh so that no other worker takes them over. */
export async function renewLeases(workerId: string, taskIds: readonly string[]): Promise<void> {
  if (taskIds.length === 0) return;
  await db.$executeRaw`
    UPDATE "Task" SET "lockedAt" = ${NOW_UTC}
    WHERE id = ANY(${[...taskIds]}::uuid[]) AND "lockedBy" = ${workerId} AND state = 'STARTED'`;
}

/**
 * Tasks still STARTED under a worker of this host whose process is gone (or is an earlier
 * process that had our pid) are made claimable at once instead of waiting for their lease.
 */
export async function releaseLocksOf(isDead: (workerId: string) => boolean, hostPrefix: string): Promise<number> {
  const rows = await db.task.findMany({
    where: { state: "STARTED", lockedBy: { startsWith: hostPrefix } },
    select: { id: true, lockedBy: true },
  });
  const dead = rows.filter((row) => row.lockedBy && isDead(row.lockedBy));
  if (dead.length === 0) return 0;
  const { count } = await db.task.updateMany({
    where: { id: { in: dead.map((row) => row.id) }, state: "STARTED", lockedBy: { in: dead.map((row) => row.lockedBy!) } },
    data: { lockedAt: null },
  });
  return count;
}

/** Where-clause guard: only the worker that holds the task may finish it. */
const held = (taskId: string, workerId: string) => ({ id: taskId, state: "STARTED" as const, lockedBy: workerId });

/** Renews this worker's lease on one task; false when the task is no longer its own. */
export async function holdTask(taskId: string, workerId: string): Promise<boolean> {
  const count = await db.$executeRaw`
    UPDATE "Task" SET "lockedAt" = ${NOW_UTC}
    WHERE id = ${taskId}::uuid AND state = 'STARTED' AND "lockedBy" = ${workerId}`;
  return count === 1;
}

export async function saveSteps(taskId: string, workerId: string, steps: StepRecord): Promise<boolean> {
  const { count } = await db.task.updateMany({
    where: held(taskId, workerId),
    data: { result: { steps } as Prisma.InputJsonValue },
  });
  return count === 1;
}

const jsonOrNull = (value: JsonValue | void | undefined) =>
  value === undefined || value === null ? Prisma.DbNull : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);

export async function completeTask(taskId: string, workerId: string, result: JsonValue | void): Promise<boolean> {
  const { count } = await db.task.updateMany({
    where: held(taskId, workerId),
    data: { state: "SUCCESS", result: jsonOrNull(result), error: null, lockedAt: null, lockedBy: null, finishedAt: new Date() },
  });
  return count === 1;
}

export async function failTask(taskId: string, workerId: string, error: string): Promise<boolean> {
  const { count } = await db.task.updateMany({
    where: held(taskId, workerId),
    data: { state: "FAILURE", result: Prisma.DbNull, error, lockedAt: null, lockedBy: null, finishedAt: new Date() },
  });
  return count === 1;
}

/** Back to PENDING after a failed attempt; the step results stay for the next attempt. */
export async function retryTask(taskId: string, workerId: string, error: string, delayMs: number): Promise<boolean> {
  const count = await db.$executeRaw`
    UPDATE "Task" SET state = 'PENDING', error = ${error}, "lockedAt" = NULL, "lockedBy" = NULL,
      "runAfter" = ${NOW_UTC} + ${Math.max(0, Math.round(delayMs))} * interval '1 millisecond',
      "updatedAt" = ${NOW_UTC}
    WHERE id = ${taskId}::uuid AND state = 'STARTED' AND "lockedBy" = ${workerId}`;
  return count === 1;
}

/** Gives a task back untouched (graceful shutdown): the interrupted attempt does not count. */
export async function releaseTask(taskId: string, workerId: string): Promise<boolean> {
  const { count } = await db.task.updateMany({
    where: held(taskId, workerId),
    data: { state: "PENDING", attempts: { decrement: 1 }, lockedAt: null, lockedBy: null },
  });
  return count === 1;
}

/**
 * Progress never moves backwards: Inngest re-executes the code between steps on every
 * invocation, and a retried attempt replays earlier `progress` calls; neither should make a
 * polling client see 80 % drop to 20 %.
 */
export async function setProgress(taskId: string, text: string, percent: number | null): Promise<void> {
  await db.$executeRaw`
    UPDATE "Task" SET "progressText" = ${text}, "progressPercent" = ${percent}::int, "updatedAt" = ${NOW_UTC}
    WHERE id = ${taskId}::uuid AND state = 'STARTED'
      AND (${percent}::int IS NULL OR "progressPercent" IS NULL OR "progressPercent" <= ${percent}::int)`;
}

/** Inngest runs: mark the attempt as started (repeated on every invocation of the function, so idempotent). */
export async function markInngestAttempt(taskId: string, attempt: number): Promise<{ maxAttempts: number } | null> {
  const rows = await db.$queryRaw<{ maxAttempts: number }[]>`
    UPDATE "Task" SET state = 'STARTED', attempts = GREATEST(attempts, ${attempt}::int),
      "lockedAt" = ${NOW_UTC}, "lockedBy" = ${INNGEST_WORKER},
      "startedAt" = COALESCE("startedAt", ${NOW_UTC}), "updatedAt" = ${NOW_UTC}
    WHERE id = ${taskId}::uuid AND state IN ('PENDING', 'STARTED')
    RETURNING "maxAttempts"`;
  const row = rows[0];
  return row ? { maxAttempts: Number(row.maxAttempts) } : null;
}

/** Used when a task cannot be handed to its backend at all (e.g. Inngest rejected the event). */
export async function failUnstartedTask(taskId: string, error: string): Promise<void> {
  await db.task.updateMany({
    where: { id: taskId, state: { in: ["PENDING", "STARTED"] } },
    data: { state: "FAILURE", error, lockedAt: null, lockedBy: null, finishedAt: new Date() },
  });
}
