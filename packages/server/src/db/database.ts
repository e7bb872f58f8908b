import type { DataSource, EntityManager } from 'typeorm';
import { TransactionRunner } from './transaction';

export type Dialect = 'sqlite' | 'mysql';

/** The data source plus the one way to change it: `write` runs one transaction. */
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
  isMariaDb(): Promise<boolean> {
    if (this.dialect !== 'mysql') return Promise.resolve(false);
    this.mariadbAnswer ??= this.dataSource.query('SELECT VERSION() AS version').then((rows: { version: string }[]) => /mariadb/i.test(String(rows[0]?.version)));
    return this.mariadbAnswer;
  }

  /**
   * A statement whose grouped derived tables are to be computed once, whole. MariaDB otherwise
   * may compute them per row of the outer table (split materialization, "LATERAL DERIVED"): right
   * for a page of rows, several times slower when the outer side is most of a large table.
   */
  async wholeDerivedTables(sql: string): Promise<string> {
    return (await this.isMariaDb()) ? `SET STATEMENT optimizer_switch='split_materialized=off' FOR ${sql}` : sql;
  }

  /** SQL to concatenate string expressions in this dialect. */
  concat(...parts: string[]): string {
    return this.dialect === 'sqlite' ? parts.join(' || ') : `CONCAT(${parts.join(', ')})`;
  }
}
