import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../root/data-source';
import { Database, type Dialect } from '../db/database';
import { migrate } from '../db/migrate';
import { QueryCounter } from '../db/query-counter';

const MYSQL_BASE = process.env.TEST_MYSQL_URL || 'mysql://root@127.0.0.1:3306';

/** SQLite always; MariaDB / MySQL unless TEST_MYSQL_URL=off. */
export const DIALECTS: Dialect[] = process.env.TEST_MYSQL_URL === 'off' ? ['sqlite'] : ['sqlite', 'mysql'];

export interface TestDatabase {
  dialect: Dialect;
  db: Database;
  dataSource: DataSource;
  counter: QueryCounter;
  close(): Promise<void>;
}

/** A fresh, migrated database of its own for one test file. */
export async function openTestDatabase(dialect: Dialect, mysqlBase = MYSQL_BASE): Promise<TestDatabase> {
  const counter = new QueryCounter();
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guildhall-test-'));
    const dataSource = createDataSource({ type: 'sqlite', file: path.join(dir, 'test.sqlite') }, { logger: counter });
    await dataSource.initialize();
    await migrate(dataSource);
    return {
      dialect,
      db: new Database(dataSource),
      dataSource,
      counter,
      close: async () => {
        await dataSource.destroy();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `guildhall_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = await createConnection(mysqlBase);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const url = new URL(mysqlBase);
  url.pathname = `/${name}`;
  const dataSource = createDataSource({ type: 'mysql', url: url.toString(), poolSize: 10 }, { logger: counter });
  await dataSource.initialize();
  await migrate(dataSource);
  return {
    dialect,
    db: new Database(dataSource),
    dataSource,
    counter,
    close: async () => {
      await dataSource.destroy();
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.end();
    },
  };
}

/**
 * Row count and content per table: equal snapshots mean nothing changed. Credential
 * bookkeeping (sessions, API tokens' last use) is left out: using a token is not a change.
 */
export async function snapshotTables(dataSource: DataSource): Promise<Record<string, string>> {
  const tables = dataSource.entityMetadatas.filter((m) => m.tableName !== 'session' && m.tableName !== 'api_token').sort((a, b) => a.tableName.localeCompare(b.tableName));
  const snapshot: Record<string, string> = {};
  for (const meta of tables) {
    const order = meta.primaryColumns.map((c) => dataSource.driver.escape(c.databaseName)).join(', ');
    const rows: Record<string, unknown>[] = await dataSource.query(`SELECT * FROM ${dataSource.driver.escape(meta.tableName)} ORDER BY ${order}`);
    snapshot[meta.tableName] = `${rows.length}:${JSON.stringify(rows)}`;
  }
  return snapshot;
}
