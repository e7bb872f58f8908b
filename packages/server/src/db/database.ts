import { DateUtils, QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import { TransactionRunner } from './transaction';

export type Dialect = 'sqlite' | 'mysql';

/** The parts of better-sqlite3's statement and mysql2's pool that `readArrays` uses. */
interface SqliteStatement {
  raw(on: boolean): SqliteStatement;
  all(...params: unknown[]): unknown[];
}
interface MysqlPool {
  query(options: { sql: string; rowsAsArray: boolean }, params: unknown[], callback: (error: Error | null, rows: unknown) => void): void;
  execute(options: { sql: string; rowsAsArray: boolean }, params: unknown[], callback: (error: Error | null, rows: unknown) => void): void;
}

/** Prepared SQLite statements kept for `readArrays`, oldest dropped first. */
const STATEMENTS_KEPT = 100;

/** The data source plus the one way to change it: `write` runs one transaction. */
/** In-memory temporary tables a bulk aggregate may use on MariaDB. */
const BULK_TEMP_BYTES = 256 * 1024 * 1024;

export class Database {
  readonly dialect: Dialect;
  private readonly transactions: TransactionRunner;

  constructor(readonly dataSource: DataSource) {
    this.dialect = dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql';
    this.transactions = new TransactionRunner(dataSource);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.transactions.run(work);
  }

  private mariadbAnswer?: Promise<boolean>;

  /** Whether the server is MariaDB rather than MySQL; asked once. */
  private isMariaDb(): Promise<boolean> {
    if (this.dialect !== 'mysql') return Promise.resolve(false);
    this.mariadbAnswer ??= this.dataSource.query('SELECT VERSION() AS version').then((rows: { version: string }[]) => /mariadb/i.test(String(rows[0]?.version)));
    return this.mariadbAnswer;
  }

  /**
   * The rows of a statement that groups a large share of a big table (the home page's counts at
   * national size). On MariaDB it runs with its grouped derived tables computed once, whole —
   * otherwise they may be computed per row of the outer table (split materialization, "LATERAL
   * DERIVED"), right for a page of rows and many times slower here — and with in-memory
   * temporary tables of up to 256 MB instead of the server's default 16 MB, past which they
   * spill to disk. MySQL's TempTable engine already holds 1 GB in memory and it splits no derived table.
   */
  async bulkAggregateRows<T>(query: { getQueryAndParameters(): [string, unknown[]] }): Promise<T[]> {
    const [sql, params] = query.getQueryAndParameters();
    const settings = `optimizer_switch='split_materialized=off', tmp_table_size=${BULK_TEMP_BYTES}, max_heap_table_size=${BULK_TEMP_BYTES}`;
    return this.dataSource.query((await this.isMariaDb()) ? `SET STATEMENT ${settings} FOR ${sql}` : sql, params);
  }

  /**
   * The rows of a read as arrays of values in the select list's order, for the few statements that
   * run on nearly every request (a list page). The driver builds no object per row, which is most
   * of what reading a page costs once the statement is prepared. It goes to the driver directly:
   * on SQLite through a prepared statement kept per SQL text, on MySQL through the pool. The data
   * source's logger sees the statement as it sees every other one, and a failure is TypeORM's
   * QueryFailedError. Not for use inside a transaction: it reads outside it.
   *
   * `prepared` (MySQL / MariaDB): the statement is prepared once per pooled connection and then only
   * executed, so the server no longer parses it each time (the credential lookup: about a third less
   * of mysqld's CPU for it). Only for SQL whose text never varies: every distinct text stays prepared
   * on every connection, and the server caps prepared statements in all (max_prepared_stmt_count).
   */
  async readArrays(sql: string, params: unknown[], options: { prepared?: boolean } = {}): Promise<unknown[][]> {
    this.dataSource.logger.logQuery(sql, params);
    try {
      if (this.dialect === 'sqlite') return this.sqliteStatement(sql).all(...params.map(sqliteValue)) as unknown[][];
      const pool = (this.dataSource.driver as unknown as { pool: MysqlPool }).pool;
      const read = options.prepared ? pool.execute : pool.query;
      return await new Promise<unknown[][]>((resolve, reject) =>
        read.call(pool, { sql, rowsAsArray: true }, params, (error, rows) => (error ? reject(error) : resolve(rows as unknown[][]))),
      );
    } catch (error) {
      this.dataSource.logger.logQueryError(error as Error, sql, params);
      throw new QueryFailedError(sql, params, error as Error);
    }
  }

  private readonly statements = new Map<string, SqliteStatement>();

  private sqliteStatement(sql: string): SqliteStatement {
    let statement = this.statements.get(sql);
    if (!statement) {
      const connection = (this.dataSource.driver as unknown as { databaseConnection: { prepare(sql: string): SqliteStatement } }).databaseConnection;
      statement = connection.prepare(sql).raw(true);
      this.statements.set(sql, statement);
      if (this.statements.size > STATEMENTS_KEPT) this.statements.delete(this.statements.keys().next().value as string);
    }
    return statement;
  }

  /** SQL to concatenate string expressions in this dialect. */
  concat(...parts: string[]): string {
    return concatSql(this.dialect, ...parts);
  }

  /** SQL of the end of the subtree below a path expression (`subtreeEndSql`). */
  subtreeEnd(path: string): string {
    return subtreeEndSql(this.dialect, path);
  }
}

/** SQL to concatenate string expressions in a dialect. */
export function concatSql(dialect: Dialect, ...parts: string[]): string {
  return dialect === 'sqlite' ? parts.join(' || ') : `CONCAT(${parts.join(', ')})`;
}

/**
 * SQL of the upper bound of the subtree below a path expression, excluded: the path with its
 * last '/' turned to '0', as `subtreeRange` (kernel/paths.ts) gives it for a path in hand.
 */
export function subtreeEndSql(dialect: Dialect, path: string): string {
  return concatSql(dialect, `SUBSTR(${path}, 1, LENGTH(${path}) - 1)`, "'0'");
}

/**
 * A value bound on SQLite as TypeORM binds it (better-sqlite3 takes neither booleans nor dates):
 * true and false as 1 and 0, a moment as the UTC text TypeORM stores. mysql2 binds both itself.
 */
function sqliteValue(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return DateUtils.mixedDateToUtcDatetimeString(value);
  return value;
}
