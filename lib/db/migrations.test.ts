import fs from "node:fs";
import path from "node:path";
import { inject, describe, expect, it } from "vitest";
import pg from "pg";
import { describeSchema } from "./catalog";
import { withDatabase } from "./embedded-postgres";
import { applyMigrations, ensureDatabase, listMigrations } from "./migrate";
import { diffDatamodels } from "./prisma-cli";

const adminUrl = inject("adminDatabaseUrl");

async function freshDatabase(prefix: string): Promise<string> {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  await ensureDatabase(adminUrl, name);
  return withDatabase(adminUrl, name);
}

describe("migrations", () => {
  it("produce exactly the schema described by schema.prisma (no drift)", async () => {
    const fromMigrations = await freshDatabase("drift_migrations");
    const fromSchema = await freshDatabase("drift_schema");
    await applyMigrations(fromMigrations);

    // Prisma's differ renders schema.prisma from nothing; applying that SQL gives the schema
    // that schema.prisma describes, to compare with the one the migrations build.
    const sql = diffDatamodels(null, path.resolve("prisma/schema.prisma"));
    const client = new pg.Client({ connectionString: fromSchema });
    await client.connect();
    await client.query(sql);
    await client.end();

    const expected = await describeSchema(fromSchema);
    expect(expected.columns?.length).toBeGreaterThan(100);
    expect(await describeSchema(fromMigrations)).toEqual(expected);
  }, 120_000);

  it("are in Prisma's standard layout and apply idempotently with Prisma's bookkeeping", async () => {
    const migrations = listMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    for (const migration of migrations) expect(migration.name).toMatch(/^\d{14}_[a-z0-9_]+$/);
    expect(fs.existsSync("prisma/migrations/migration_lock.toml")).toBe(true);

    const url = await freshDatabase("idempotent");
    expect(await applyMigrations(url)).toEqual(migrations.map((m) => m.name));
    expect(await applyMigrations(url)).toEqual([]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(
      `SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    await client.end();
    expect(rows).toEqual(migrations.map((m) => ({ migration_name: m.name, checksum: m.checksum, applied_steps_count: 1 })));
  });
});
