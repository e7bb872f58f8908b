import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

export interface TableChecksum {
  rows: number;
  sha256: string;
}

/** Row count and a hash of every row, table by table, in primary-key order: equal results mean equal data. */
export async function tableChecksums(dataSource: DataSource): Promise<Record<string, TableChecksum>> {
  const result: Record<string, TableChecksum> = {};
  for (const meta of [...dataSource.entityMetadatas].sort((a, b) => a.tableName.localeCompare(b.tableName))) {
    const table = meta.tableName;
    const order = meta.primaryColumns.map((c) => dataSource.driver.escape(c.databaseName)).join(', ');
    const rows: Record<string, unknown>[] = await dataSource.query(`SELECT * FROM ${dataSource.driver.escape(table)} ORDER BY ${order}`);
    const hash = createHash('sha256');
    for (const row of rows) hash.update(JSON.stringify(Object.fromEntries(Object.entries(row).map(([column, value]) => [column, comparable(value)]))) + '\n');
    result[table] = { rows: rows.length, sha256: hash.digest('hex') };
  }
  return result;
}

/** A value as the checksum reads it: a date as its instant, the bytes of a file (a BLOB) as their SHA-256. */
function comparable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return `sha256:${createHash('sha256').update(value).digest('hex')}`;
  return value;
}
