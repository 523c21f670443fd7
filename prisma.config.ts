import { defineConfig } from "prisma/config";

// The datasource URL is only needed by commands that talk to a database; `prisma generate`
// runs without one. Local development gets its URL from scripts/run.ts (embedded PostgreSQL).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/open_event" },
});
