/** Liveness probe, and the benchmark's baseline: no database, no auth. */
export function GET(): Response {
  return Response.json({ status: "ok" });
}
