import { z } from "zod";
import { isAdmin, type Actor } from "../auth/actor";
import { db } from "../db";
import { notFound } from "../errors";
import type { TaskState } from "../generated/prisma/client";

/**
 * The body of `GET /v1/tasks/{id}` (plain JSON, like Open Event Server's task endpoint):
 * - `state`: PENDING | STARTED | SUCCESS | FAILURE
 * - `progress`: `{ text, percent }` once the job has reported any (percent may be null)
 * - `result`: what the job returned, only on SUCCESS (e.g. `{ "download_url": … }`)
 * - `error`: `{ message }`, only on FAILURE. A key of its own rather than Open Event's
 *   `result: { __error: true, … }`, so that a client never mistakes a failure for a result.
 */
export interface TaskStatus {
  state: TaskState;
  progress?: { text: string | null; percent: number | null };
  result?: unknown;
  error?: { message: string };
}

const taskIdSchema = z.uuid();

/**
 * A task as its owner or an admin sees it. Anyone else, an anonymous caller and an id that
 * is not a uuid all get the same 404, so task ids cannot be probed.
 */
export async function getTask(actor: Actor, id: string): Promise<TaskStatus> {
  if (!actor || !taskIdSchema.safeParse(id).success) throw notFound("Task");
  const task = await db.task.findFirst({
    where: { id, ...(isAdmin(actor) ? {} : { userId: actor.id }) },
    select: { state: true, progressText: true, progressPercent: true, result: true, error: true },
  });
  if (!task) throw notFound("Task");
  const status: TaskStatus = { state: task.state };
  if (task.progressText !== null || task.progressPercent !== null) {
    status.progress = { text: task.progressText, percent: task.progressPercent };
  }
  if (task.state === "SUCCESS" && task.result !== null) status.result = task.result;
  if (task.state === "FAILURE") status.error = { message: task.error ?? "The task failed" };
  return status;
}
