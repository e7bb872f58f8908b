import { Mutex } from 'async-mutex';
import type { DataSource, EntityManager } from 'typeorm';

const RETRYABLE_MYSQL_ERRORS = new Set([
  1213 /* deadlock; Galera certification failure */,
  1205 /* lock wait timeout */,
  3101 /* MySQL Group Replication: rolled back by a conflict at commit */,
  9007 /* TiDB: write conflict */,
]);
const MAX_ATTEMPTS = 4;

function isRetryable(error: unknown): boolean {
  const driverError = (error as { driverError?: { errno?: number } }).driverError ?? (error as { errno?: number });
  return typeof driverError?.errno === 'number' && RETRYABLE_MYSQL_ERRORS.has(driverError.errno);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs each change as one transaction. SQLite has one connection, so writers queue
 * behind a mutex instead of failing with "cannot start a transaction within a
 * transaction"; on MySQL / MariaDB a deadlock or certification failure retries the
 * whole transaction a bounded number of times with jittered back-off.
 */
export class TransactionRunner {
  private readonly sqliteWriteLock: Mutex | null;

  constructor(private readonly dataSource: DataSource) {
    this.sqliteWriteLock = dataSource.options.type === 'better-sqlite3' ? new Mutex() : null;
  }

  async run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.sqliteWriteLock) {
      return this.sqliteWriteLock.runExclusive(() => this.dataSource.transaction(work));
    }
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.dataSource.transaction(work);
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
        await sleep(10 * 2 ** attempt + Math.random() * 20);
      }
    }
  }
}
