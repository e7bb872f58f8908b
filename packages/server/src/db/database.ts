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

  /** SQL to concatenate string expressions in this dialect. */
  concat(...parts: string[]): string {
    return this.dialect === 'sqlite' ? parts.join(' || ') : `CONCAT(${parts.join(', ')})`;
  }
}
