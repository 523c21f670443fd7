/** `npm run db:migrate`: applies pending migrations (embedded PostgreSQL unless DATABASE_URL is set). */
import { prepareDatabase } from "../lib/db/bootstrap";

const { applied, server } = await prepareDatabase();
console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
await server?.stop();
