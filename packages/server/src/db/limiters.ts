import { RateLimiterMemory, RateLimiterMySQL, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Database } from './database';

export interface LimiterOptions {
  /** Names the counter; keys of different limiters never meet. */
  keyPrefix: string;
  points: number;
  /** Seconds a count lives after its first point. */
  duration: number;
}

/** Makes the limiters of one server: every count of attempts (sign-ins, reports, check-in codes) is made here. */
export type LimiterStore = (options: LimiterOptions) => RateLimiterAbstract;

/** The table of rate-limiter-flexible's MySQL store, created by a migration (key, points, expire). */
export const RATE_LIMIT_TABLE = 'rate_limit';

/**
 * Where the counters live (docs/operations.md, "Several servers"). On MySQL / MariaDB they are
 * rows of one table of the server's own database, counted atomically by rate-limiter-flexible's
 * MySQL store, so servers behind a load balancer share every count: failures spread over three
 * servers lock a name exactly as on one. SQLite is one server process by nature; its counters
 * stay in that process's memory.
 */
export function limiterStoreFor(db: Database): LimiterStore {
  if (db.dialect === 'sqlite') return (options) => new RateLimiterMemory(options);
  const driver = db.dataSource.driver as unknown as { pool: unknown; database?: string };
  const dbName = driver.database;
  if (!dbName) throw new Error('the limiters need the database connected first');
  return (options) =>
    new RateLimiterMySQL({
      ...options,
      storeClient: driver.pool,
      storeType: 'pool',
      dbName,
      tableName: RATE_LIMIT_TABLE,
      tableCreated: true,
    });
}

/**
 * The refusal a limiter answered (over its points), or the error rethrown when its store failed:
 * a database that went away is the service being unavailable, never a caller sent away to wait.
 */
export function refusedBy(rejection: unknown): RateLimiterRes {
  if (rejection instanceof RateLimiterRes) return rejection;
  throw rejection;
}
