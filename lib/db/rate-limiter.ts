import { RateLimiterPostgres } from "rate-limiter-flexible";
import { dbPool } from "../db";

/**
 * A rate-limiter-flexible limiter over the app's own PostgreSQL pool, so that every instance of
 * the app shares the counts and restarts forget nothing. The rows live in the `RateLimit` table,
 * made by a migration (`tableCreated`: the limiter never runs DDL); `keyPrefix` keeps the
 * limiters apart in it.
 */
const TABLE = "RateLimit";

// The pool is looked up per query: tests and scripts may end it (disconnectDb) and make a new one.
const store = { query: (query: { name?: string; text: string; values?: unknown[] }) => dbPool().query(query) };

export function rateLimiter(options: { keyPrefix: string; points: number; duration: number }): RateLimiterPostgres {
  return new RateLimiterPostgres({ storeClient: store, storeType: "pool", tableName: TABLE, tableCreated: true, ...options });
}
