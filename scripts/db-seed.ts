/** `npm run db:seed`: seeds demo data into an empty database. */
import { prepareDatabase } from "../lib/db/bootstrap";

const { server } = await prepareDatabase();
const { seedIfEmpty } = await import("../prisma/seed");
const { disconnectDb } = await import("../lib/db");
console.log((await seedIfEmpty()) ? "Seeded demo data." : "The database already has data; nothing seeded.");
await disconnectDb();
await server?.stop();
