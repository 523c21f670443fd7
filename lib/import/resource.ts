import { defineResource } from "../jsonapi/resource";
import { USER_SELECT } from "../users/load";
import { findImportJobs, type ImportJobRecord } from "./find-import-jobs";
import { getImportJob } from "./get-import-job";

/**
 * Linkage target for an import job's task. Tasks are not JSON:API resources (`GET /v1/tasks/{id}`
 * answers Open Event's plain task JSON), so this declares only the type and path for links.
 */
export const taskResource = defineResource<{ id: string }>({
  type: "task",
  path: "tasks",
  model: "Task",
  attributes: {},
  id: (task) => task.id,
});

/** Open Event's `import-job`: who imported what, and how it ended. */
export const importJobResource = defineResource<ImportJobRecord>({
  type: "import-job",
  path: "import-jobs",
  model: "ImportJob",
  attributes: {
    resultStatus: { sortable: true, filter: { enum: ["pending", "running", "success", "failure"] } },
    result: {},
    startsAt: { sortable: true, filter: "date" },
  },
  relationships: {
    event: { type: "event" },
    // Users are always loaded through USER_SELECT, never with their secrets.
    user: { type: "user", load: () => ({ select: USER_SELECT }) },
    task: { type: "task", load: () => ({ select: { id: true } }) },
  },
  defaultSort: "-starts-at",
  get: (actor, id, include) => getImportJob(actor, id, { include }),
  list: (actor, query) => findImportJobs(actor, query),
});
