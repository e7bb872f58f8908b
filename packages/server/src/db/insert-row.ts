import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';

/** Per entity: its insert statement, written once, and the columns in the order it binds them. */
const statements = new WeakMap<EntityMetadata, { sql: string; columns: ColumnMetadata[] }>();

/**
 * Inserts one row given every column but the generated id, and answers that id. The statement
 * is written once per entity from its metadata, and each value converted as TypeORM's insert
 * converts it (`preparePersistentValue`: dates, JSON, booleans, enums), so the row is the one the
 * insert builder would write. For the inserts of a hot path (the audit entry every change
 * writes, an enrollment): the builder composes its statement anew for every row, about a tenth
 * of an enrollment's CPU (docs/operations.md, "Where an enrollment's time goes").
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
  const sqlite = em.connection.options.type === 'better-sqlite3';
  const parameters = statement.columns.map((column) => {
    const value: unknown = column.getEntityValue(values);
    if (value === undefined) throw new Error(`insertRow: ${metadata.name}.${column.propertyName} is not given`);
    const prepared: unknown = driver.preparePersistentValue(value, column);
    // A whole number binds on SQLite as a 64-bit integer, as TypeORM's literal did (db/sqlite-parameters.ts).
    return sqlite && typeof prepared === 'number' && Number.isSafeInteger(prepared) ? BigInt(prepared) : prepared;
  });
  // MySQL answers the OK packet ({ insertId }); better-sqlite3 the row id itself.
  const result = (await em.query(statement.sql, parameters)) as { insertId?: number } | number | bigint;
  return Number(typeof result === 'object' && result !== null ? result.insertId : result);
}
