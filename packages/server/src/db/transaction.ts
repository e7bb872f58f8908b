import { Mutex } from 'async-mutex';
import { In, type DataSource, type EntityManager, type EntityTarget, type ObjectLiteral, type QueryRunner, type SelectQueryBuilder } from 'typeorm';
import { CommitOutcomeUnknownError, ServiceUnavailableError, isDatabaseUnavailable, neverReachedDatabase } from '../kernel/errors';

const RETRYABLE_MYSQL_ERRORS = new Set([
  1213 /* deadlock; Galera certification failure */,
  1205 /* lock wait timeout */,
  3101 /* MySQL Group Replication: rolled back by a conflict at commit */,
  9007 /* TiDB: write conflict */,
]);
const MAX_ATTEMPTS = 4;
/** What a change hears when other changes to the same records beat it on every attempt. */
export const CONTENDED = 'Other changes to the same records kept this one from being saved; nothing was saved, so send it again in a moment';

function errnoOf(error: unknown): number | undefined {
  const driverError = (error as { driverError?: { errno?: number } }).driverError ?? (error as { errno?: number });
  return typeof driverError?.errno === 'number' ? driverError.errno : undefined;
}

function isRetryable(error: unknown): boolean {
  const errno = errnoOf(error);
  return errno !== undefined && RETRYABLE_MYSQL_ERRORS.has(errno);
}

/**
 * A unique index refused a row (MySQL error 1062): another transaction saved the same value
 * after this one's check had found it free. That row is committed by the time the error comes
 * (until then the insert waits for it), so the transaction run again finds it in its own check
 * and answers with the rule's refusal.
 */
function isDuplicateKey(error: unknown): boolean {
  return errnoOf(error) === 1062;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A pooled connection the database dropped (a restart, a failover): worth another connection. */
function isStaleConnection(error: unknown): boolean {
  const code = (error as { code?: string; driverError?: { code?: string } }).driverError?.code ?? (error as { code?: string }).code;
  return code === 'PROTOCOL_CONNECTION_LOST' || code === 'ECONNRESET' || code === 'EPIPE' || code === 'ER_SERVER_SHUTDOWN';
}

/**
 * COMMIT on a connection that is lost before the answer comes: the database may have made the
 * change durable just before it went away, so the caller hears that the outcome is unknown.
 */
async function commit(runner: QueryRunner): Promise<void> {
  try {
    await runner.commitTransaction();
  } catch (error) {
    // A connection already closed never sent the COMMIT: the database rolled the change back.
    if (!isDatabaseUnavailable(error) || neverReachedDatabase(error)) throw error;
    throw new CommitOutcomeUnknownError();
  }
}

/** Connections tried before a transaction gives up on the pool's idle ones. */
const STALE_CONNECTION_TRIES = 3;

/**
 * Runs each change as one transaction. SQLite has one connection, so writers queue
 * behind a mutex instead of failing with "cannot start a transaction within a
 * transaction"; on MySQL / MariaDB a deadlock or certification failure retries the
 * whole transaction a bounded number of times with jittered back-off, and a value a unique
 * index refused runs it again at once, for its checks to refuse it as the rule says.
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
        return await this.mysqlTransaction(work);
      } catch (error) {
        // A value saved twice is the work's own to refuse, which it does when run again; a
        // unique index its checks do not cover still refuses after the last attempt, as itself.
        if (isDuplicateKey(error) && attempt < MAX_ATTEMPTS) continue;
        if (!isRetryable(error)) throw error;
        // Rolled back each time, so nothing was saved: the caller may send it again.
        if (attempt >= MAX_ATTEMPTS) throw new ServiceUnavailableError(CONTENDED);
        await sleep(10 * 2 ** attempt + Math.random() * 20);
      }
    }
  }

  /**
   * One MySQL transaction on a connection known to be alive: the pool may hold idle connections
   * the server dropped while it restarted. START TRANSACTION is the first statement a connection
   * gets, so a dead one fails there, before anything is done: it is dropped and the next one
   * taken, and the first request after the database returns does not fail on a dead connection.
   * No separate ping: a write pays no round trip for it.
   */
  private async mysqlTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    for (let tries = 1; ; tries += 1) {
      const runner = this.dataSource.createQueryRunner();
      try {
        await runner.startTransaction();
      } catch (error) {
        const connection = (runner as unknown as { databaseConnection?: { destroy?: () => void } }).databaseConnection;
        connection?.destroy?.();
        await runner.release().catch(() => undefined);
        if (!isStaleConnection(error) || tries >= STALE_CONNECTION_TRIES) throw error;
        continue;
      }
      try {
        const result = await work(runner.manager);
        await commit(runner);
        return result;
      } catch (error) {
        if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
        throw error;
      } finally {
        await runner.release().catch(() => undefined);
      }
    }
  }
}

/**
 * Deletes rows by their primary keys: a record's own rows (a class's sessions, an account's
 * ended sessions), read once the record is locked. A delete by the record's column, which is not
 * unique, locks the gaps beside its rows on MariaDB, and a write of the next record waits for
 * this one to commit (docs/architecture.md, "What a write locks").
 */
export async function deleteByKeys(em: EntityManager, entity: EntityTarget<ObjectLiteral>, rows: { id: number }[]): Promise<void> {
  if (rows.length) await em.delete(entity, { id: In(rows.map((r) => r.id)) });
}

/**
 * A record's own rows, `wanted` in place of `held` (read once the record is locked), matched by
 * `key`, a value unique among them (a class's quota by chamber, a case's sponsor by person):
 * those that go are deleted by primary key, those that stay are updated where a field differs,
 * those that come are inserted. Never deleted and inserted again: on MariaDB a row inserted over
 * its own deleted unique key locks the gaps beside it, as a delete by the record's column does,
 * and a write of the next record waits for this one to commit.
 */
export async function replaceOwnedRows<T extends { id: number }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  held: T[],
  wanted: Partial<T>[],
  key: (row: Partial<T>) => number | string | undefined,
): Promise<void> {
  const heldByKey = new Map(held.map((row) => [key(row), row]));
  const wantedKeys = new Set(wanted.map(key));
  await deleteByKeys(em, entity, held.filter((row) => !wantedKeys.has(key(row))));
  for (const row of wanted) {
    const existing = heldByKey.get(key(row)) as Record<string, unknown> | undefined;
    if (!existing) continue;
    const changed = Object.entries(row).filter(([field, value]) => existing[field] !== value);
    if (changed.length) await em.update(entity, { id: existing.id } as never, Object.fromEntries(changed) as never);
  }
  const coming = wanted.filter((row) => !heldByKey.has(key(row)));
  if (coming.length) await em.insert(entity, coming as never);
}

/** Whether a database locks rows one by one (MySQL / MariaDB); SQLite's writer holds the whole database. */
export function locksRows(manager: EntityManager): boolean {
  return manager.connection.options.type !== 'better-sqlite3';
}

/** A query read for a change: its rows locked until the transaction ends (FOR UPDATE) where the database locks rows. */
export function forUpdate<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return locksRows(query.connection.manager) ? query.setLock('pessimistic_write') : query;
}

/**
 * A read that others may share but no writer may change until the transaction ends, on MySQL /
 * MariaDB: the rows as last committed, not as the transaction's snapshot saw them (REPEATABLE
 * READ), so a write that derives figures from them does not derive them from a state another
 * writer has just replaced. `LOCK IN SHARE MODE`, which MariaDB and MySQL both accept (TypeORM
 * writes MySQL 8's FOR SHARE, which MariaDB refuses). On SQLite, where a writer holds the whole
 * database, a plain read.
 */
export function readShared<T>(manager: EntityManager, query: { getQueryAndParameters(): [string, unknown[]] }): Promise<T[]> {
  const [sql, params] = query.getQueryAndParameters();
  return manager.query(locksRows(manager) ? `${sql} LOCK IN SHARE MODE` : sql, params);
}

/** Counter rows written at once by `addToCounters`. */
const COUNTER_BATCH = 200;

/**
 * Adds `counts` to a table of counters keyed by `keys`, inside the caller's transaction: a missing
 * row is inserted with them, an existing one has them added, in one statement per batch, so two
 * writers adding to one counter at once both count. The rows go in key order, so writers lock
 * the counters they share in the same order and do not deadlock on them.
 */
export async function addToCounters(manager: EntityManager, table: string, keys: readonly string[], counts: readonly string[], rows: readonly Record<string, string | number>[]): Promise<void> {
  const q = (name: string) => manager.connection.driver.escape(name);
  const sorted = [...rows].sort((a, b) => {
    for (const k of keys) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
    return 0;
  });
  const columns = [...keys, ...counts];
  const adding = locksRows(manager)
    ? `ON DUPLICATE KEY UPDATE ${counts.map((c) => `${q(c)} = ${q(c)} + VALUES(${q(c)})`).join(', ')}`
    : `ON CONFLICT (${keys.map(q).join(', ')}) DO UPDATE SET ${counts.map((c) => `${q(c)} = ${q(c)} + excluded.${q(c)}`).join(', ')}`;
  for (let i = 0; i < sorted.length; i += COUNTER_BATCH) {
    const batch = sorted.slice(i, i + COUNTER_BATCH);
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    await manager.query(
      `INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES ${batch.map(() => tuple).join(', ')} ${adding}`,
      batch.flatMap((row) => columns.map((c) => row[c])),
    );
  }
}
