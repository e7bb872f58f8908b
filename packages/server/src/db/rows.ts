import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';
import { boundOnSqlite } from './sqlite-parameters';
import { locksRows } from './transaction';

/**
 * One row at a time, through statements written once per entity from its metadata, with values
 * converted both ways as TypeORM converts them: for the reads and writes of a hot path, where
 * TypeORM's query builders compose their statement anew for every row (about a sixth of an
 * enrollment's CPU; docs/operations.md, "Where an enrollment's time goes").
 */

/** Per entity: its insert statement, written once, and the columns in the order it binds them. */
const statements = new WeakMap<EntityMetadata, { sql: string; columns: ColumnMetadata[] }>();
/** Per entity: its locked read by primary key. */
const lockedReads = new WeakMap<EntityMetadata, { sql: string; columns: ColumnMetadata[] }>();

/** A whole number binds on SQLite as a 64-bit integer, as TypeORM's literal did (db/sqlite-parameters.ts). */
function bindable(em: EntityManager, value: unknown): unknown {
  return em.connection.options.type === 'better-sqlite3' ? boundOnSqlite(value) : value;
}

/**
 * The row of this primary key, read for a change: locked until the transaction ends where the
 * database locks rows (FOR UPDATE on MySQL / MariaDB; SQLite's writer holds the whole database,
 * as `forUpdate` in db/transaction.ts), and made an entity with each value converted as TypeORM's
 * reads convert it (`prepareHydratedValue`). Null when there is none.
 */
export async function lockedRow<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, id: number): Promise<T | null> {
  const metadata = em.connection.getMetadata(entity);
  const driver = em.connection.driver;
  let read = lockedReads.get(metadata);
  if (!read) {
    const [primary] = metadata.primaryColumns;
    const columns = metadata.columns.filter((column) => !column.isVirtual);
    const lock = locksRows(em) ? ' FOR UPDATE' : '';
    read = {
      sql: `SELECT ${columns.map((column) => driver.escape(column.databaseName)).join(', ')} FROM ${driver.escape(metadata.tableName)} WHERE ${driver.escape(primary.databaseName)} = ?${lock}`,
      columns,
    };
    lockedReads.set(metadata, read);
  }
  const [row] = (await em.query(read.sql, [bindable(em, id)])) as Record<string, unknown>[];
  if (!row) return null;
  const found = metadata.create() as T;
  for (const column of read.columns) column.setEntityValue(found, driver.prepareHydratedValue(row[column.databaseName], column));
  return found;
}

/**
 * Inserts one row given every column but the generated id, and answers that id, each value
 * converted as TypeORM's insert converts it (`preparePersistentValue`: dates, JSON, booleans,
 * enums), so the row is the one the insert builder would write: the audit entry every change
 * writes, an enrollment's place.
 */
export async function insertRow<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, values: Partial<T>): Promise<number> {
  const metadata = em.connection.getMetadata(entity);
  const driver = em.connection.driver;
  let statement = statements.get(metadata);
  if (!statement) {
    const columns = metadata.columns.filter((column) => !column.isGenerated && !column.isVirtual);
    const names = columns.map((column) => driver.escape(column.databaseName)).join(', ');
    statement = { sql: `INSERT INTO ${driver.escape(metadata.tableName)} (${names}) VALUES (${columns.map(() => '?').join(', ')})`, columns };
    statements.set(metadata, statement);
  }
  const parameters = statement.columns.map((column) => {
    const value: unknown = column.getEntityValue(values);
    if (value === undefined) throw new Error(`insertRow: ${metadata.name}.${column.propertyName} is not given`);
    return bindable(em, driver.preparePersistentValue(value, column));
  });
  // MySQL answers the OK packet ({ insertId }); better-sqlite3 the row id itself.
  const result = (await em.query(statement.sql, parameters)) as { insertId?: number } | number | bigint;
  return Number(typeof result === 'object' && result !== null ? result.insertId : result);
}
