import { PrismaPg } from "@prisma/adapter-pg";
import { isMainThread } from "node:worker_threads";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

export type Db = PrismaClient;
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForDb = globalThis as unknown as { __openEventDb?: PrismaClient; __openEventPool?: pg.Pool; __openEventQueryCount?: number };

function create(): PrismaClient {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (start the app with `npm run dev` or `npm start`)");
  // The pool is made here (not by the adapter) so that libraries speaking pg use it too.
  // A worker thread (an export's, lib/export-jobs/export-worker.ts) has a pool of its own: a small one.
  const pool = new pg.Pool({ connectionString: url, max: isMainThread ? env().DATABASE_POOL_SIZE : 3 });
  // An idle connection that the server drops emits "error" on the pool; unheard, it would end the process.
  pool.on("error", (error) => console.error("An idle database connection failed", error));
  globalForDb.__openEventPool = pool;
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  const client = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  client.$on("query", () => {
    globalForDb.__openEventQueryCount = (globalForDb.__openEventQueryCount ?? 0) + 1;
  });
  return client;
}

/** The shared Prisma client (one pool per process). */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    globalForDb.__openEventDb ??= create();
    const value = Reflect.get(globalForDb.__openEventDb, property);
    return typeof value === "function" ? value.bind(globalForDb.__openEventDb) : value;
  },
});

/** Number of SQL statements sent so far by this process (tests pin query counts with it). */
export function queryCount(): number {
  return globalForDb.__openEventQueryCount ?? 0;
}

/**
 * One SQL statement sent straight to the pool (a prepared statement when `name` is given: the
 * name must always stand for the same text), counted like
 * Prisma's. For the lookups every signed-in request makes, where Prisma's own cost per query is
 * larger than the query's.
 */
export async function countedQuery<Row extends object>(name: string | undefined, text: string, values: unknown[]): Promise<Row[]> {
  const { rows } = await dbPool().query<Row>(name ? { name, text, values } : { text, values });
  globalForDb.__openEventQueryCount = (globalForDb.__openEventQueryCount ?? 0) + 1;
  return rows;
}

/**
 * The pg pool under the Prisma client, for libraries that take a pg pool (the sign-in limits of
 * lib/auth/login-limits.ts). Ask for it per use: disconnectDb ends it and the next use makes a new one.
 */
export function dbPool(): pg.Pool {
  if (!globalForDb.__openEventDb) globalForDb.__openEventDb = create();
  return globalForDb.__openEventPool as pg.Pool;
}

export async function disconnectDb(): Promise<void> {
  await globalForDb.__openEventDb?.$disconnect();
  globalForDb.__openEventDb = undefined;
  globalForDb.__openEventPool = undefined;
}
