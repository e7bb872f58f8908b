import type { DataSource } from 'typeorm';

/**
 * Bound parameters past which a statement keeps TypeORM's own way of writing numbers into its
 * text: SQLite refuses more than 32,766 in one statement, and a bulk insert of many rows of
 * numbers could reach it.
 */
const MOST_BOUND = 30_000;

/** A value as bound on SQLite: a whole number as a 64-bit integer (BigInt), so it is stored as the literal would be. */
export function boundOnSqlite(value: unknown): unknown {
  return typeof value === 'number' && Number.isSafeInteger(value) ? BigInt(value) : value;
}

type Escape = (sql: string, parameters: Record<string, unknown>, nativeParameters: Record<string, unknown>) => [string, unknown[]];

/**
 * Makes TypeORM bind the whole numbers of a query builder's parameters on SQLite instead of
 * writing them into the statement's text.
 *
 * TypeORM's SQLite driver writes every number parameter into the SQL (`WHERE c.id = 3`), since a
 * JavaScript number binds as a double and a double stored in a text column reads back as '3.0'.
 * So each id gives the statement a new text, and better-sqlite3 parses and plans it again: the
 * driver's cache of prepared statements (100, first in first out) is emptied by a few requests
 * that name new records. An enrollment prepared all six of its statements each time (7% of its
 * CPU in `prepare` alone). Whole numbers are bound here as BigInt, which better-sqlite3 binds as
 * 64-bit integers, as the literal was: the same values stored, the same comparisons, one text
 * per statement. Other numbers keep TypeORM's way.
 */
export function bindWholeNumbersOnSqlite(dataSource: DataSource): void {
  if (dataSource.options.type !== 'better-sqlite3') return;
  const driver = dataSource.driver as unknown as { escapeQueryWithParameters: Escape };
  const typeorms = driver.escapeQueryWithParameters.bind(driver);
  driver.escapeQueryWithParameters = (sql, parameters, nativeParameters) => {
    if (!parameters) return typeorms(sql, parameters, nativeParameters);
    const wholes = Object.entries(parameters).filter(([, value]) => typeof value === 'number' && Number.isSafeInteger(value));
    if (!wholes.length) return typeorms(sql, parameters, nativeParameters);
    const bound = { ...parameters };
    for (const [key, value] of wholes) bound[key] = boundOnSqlite(value);
    const escaped = typeorms(sql, bound, nativeParameters);
    return escaped[1].length > MOST_BOUND ? typeorms(sql, parameters, nativeParameters) : escaped;
  };
}
