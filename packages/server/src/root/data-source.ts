import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type Logger } from 'typeorm';
import type { DatabaseConfig } from '../config';
import { entities } from './entities';
import { mysqlMigrations } from '../db/migrations/mysql';
import { sqliteMigrations } from '../db/migrations/sqlite';
import { bindWholeNumbersOnSqlite } from '../db/sqlite-parameters';

export interface DataSourceOptions {
  logger?: Logger;
  /** Only for throw-away databases in tests that check migrations against entities. */
  synchronize?: boolean;
}

/** SQLite's page cache, in KiB. */
export const SQLITE_CACHE_KIB = 65_536;

export function createDataSource(config: DatabaseConfig, options: DataSourceOptions = {}): DataSource {
  if (config.type === 'sqlite') {
    if (config.file !== ':memory:') fs.mkdirSync(path.dirname(config.file), { recursive: true });
    const sqlite = new DataSource({
      type: 'better-sqlite3',
      database: config.file,
      entities,
      migrations: sqliteMigrations,
      migrationsTransactionMode: 'each',
      synchronize: options.synchronize ?? false,
      logger: options.logger,
      logging: options.logger ? ['query', 'error'] : false,
      prepareDatabase: (db: { pragma: (sql: string) => unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = FULL');
        db.pragma('foreign_keys = ON');
        db.pragma('busy_timeout = 5000');
        // 64 MiB of pages in memory instead of SQLite's 2 MiB: the home page's counts read
        // whole indexes of the person and meeting tables.
        db.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
      },
    });
    bindWholeNumbersOnSqlite(sqlite);
    return sqlite;
  }
  return new DataSource({
    type: 'mysql',
    url: config.url,
    entities,
    migrations: mysqlMigrations,
    migrationsTransactionMode: 'each',
    synchronize: options.synchronize ?? false,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    dateStrings: ['DATE'],
    poolSize: config.poolSize,
    connectTimeout: 5000,
    logger: options.logger,
    logging: options.logger ? ['query', 'error'] : false,
    // trace: mysql2 records the caller's stack before every statement, for its own errors' stacks
    // (about 6% of an enrollment's CPU on MariaDB). TypeORM wraps every failed statement in a
    // QueryFailedError made where the statement was awaited, which carries the caller's stack.
    extra: { enableKeepAlive: true, maxIdle: config.poolSize, idleTimeout: 60000, trace: false },
  });
}
