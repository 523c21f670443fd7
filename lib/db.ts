import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

export type Db = PrismaClient;
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForDb = globalThis as unknown as { __openEventDb?: PrismaClient; __openEventQueryCount?: number };

function create(): PrismaClient {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (start the app with `npm run dev` or `npm start`)");
  const adapter = new PrismaPg({ connectionString: url, max: 10 });
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

export async function disconnectDb(): Promise<void> {
  await globalForDb.__openEventDb?.$disconnect();
  globalForDb.__openEventDb = undefined;
}
