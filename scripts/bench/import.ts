import path from "node:path";
import { zipFolder } from "../../lib/import/zip-folder";

/**
 * Import of FOSSASIA Summit 2017 (214 sessions, 207 speakers; Open Event Server needed 15–20
 * minutes for an event of this kind) through the running server: `POST /v1/events/import/json`
 * with the zipped legacy sample, then `GET /v1/tasks/{id}` every 20 ms until SUCCESS. The time
 * is from the request to SUCCESS; median of 3 after a warm-up run; target ≤ 5 s.
 */
export interface ImportBench {
  medianMs: number;
  runs: number[];
  sessions: number;
  speakers: number;
}

const FIXTURE = path.resolve(process.cwd(), "../shared/fixtures/open-event-legacy/FOSSASIASummit2017");

export async function benchImport(base: string, credentials = { email: "admin@example.com", password: "open-event-dev" }): Promise<ImportBench> {
  const login = await fetch(`${base}/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(credentials),
  });
  if (!login.ok) throw new Error(`login failed: ${login.status}`);
  const headers = { authorization: `JWT ${((await login.json()) as { access_token: string }).access_token}` };
  const zip = await zipFolder(FIXTURE);
  const runs: number[] = [];
  let counts = { sessions: 0, speakers: 0 };
  for (let run = 0; run <= 3; run++) {
    const body = new FormData();
    body.append("file", new Blob([zip as BlobPart], { type: "application/zip" }), "FOSSASIASummit2017.zip");
    const started = performance.now();
    const response = await fetch(`${base}/v1/events/import/json`, { method: "POST", headers, body });
    if (!response.ok) throw new Error(`import failed to start: ${response.status} ${await response.text()}`);
    const { task_url } = (await response.json()) as { task_url: string };
    for (;;) {
      const task = (await (await fetch(base + task_url, { headers })).json()) as {
        state: string;
        error?: { message: string };
        result?: { counts: { sessions: number; speakers: number } };
      };
      if (task.state === "FAILURE") throw new Error(`import failed: ${task.error?.message}`);
      if (task.state === "SUCCESS") {
        counts = task.result!.counts;
        break;
      }
      if (performance.now() - started > 120_000) throw new Error("import did not finish within 120 s");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    if (run > 0) runs.push(performance.now() - started); // run 0 warms up the job's code paths
  }
  const sorted = [...runs].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)]!, runs, ...counts };
}

export function printImportBench(result: ImportBench): void {
  console.log(
    `\nImport of FOSSASIA Summit 2017 (${result.sessions} sessions, ${result.speakers} speakers), request to SUCCESS: median ${result.medianMs.toFixed(0)} ms of ${result.runs.length} (target ≤ 5000 ms); runs ${result.runs.map((ms) => ms.toFixed(0)).join(", ")}`,
  );
}
