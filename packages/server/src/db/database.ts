import type { DataSource, EntityManager } from 'typeorm';
import { TransactionRunner } from './transaction';

export type Dialect = 'sqlite' | 'mysql';

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

  /** SQL to concatenate string expressions in this dialect. */
  concat(...parts: string[]): string {
    return this.dialect === 'sqlite' ? parts.join(' || ') : `CONCAT(${parts.join(', ')})`;
  }
}
