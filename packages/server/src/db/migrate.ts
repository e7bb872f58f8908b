import type { DataSource } from 'typeorm';

/** How long a server waits for another one's start-up work before giving up. */
const LOCK_SECONDS = 300;
/** One lock per database; a lock's name is at most 64 characters. */
const LOCK_NAME = "CONCAT('guildhall.startup.', MD5(DATABASE()))";

/**
 * Runs a server's start-up work on the database (migrations, moving old photos in, the demo
 * data) while holding a named lock on MySQL / MariaDB, so servers started side by side on one
 * database do it once: the first does it, the others wait and find nothing left to do
 * (docs/operations.md, "Several servers"). SQLite is one server process; nothing to hold.
 */
export async function underStartupLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  if (dataSource.options.type !== 'mysql') return work();
  const runner = dataSource.createQueryRunner();
  try {
    const [{ locked }] = (await runner.query(`SELECT GET_LOCK(${LOCK_NAME}, ?) AS locked`, [LOCK_SECONDS])) as { locked: number | string | null }[];
    if (Number(locked) !== 1) throw new Error(`another server held the start-up lock for ${LOCK_SECONDS} s; is a migration stuck?`);
    try {
      return await work();
    } finally {
      await runner.query(`SELECT RELEASE_LOCK(${LOCK_NAME})`);
    }
  } finally {
    await runner.release();
  }
}

/** Applies pending migrations, under the start-up lock; returns the names applied. */
export function migrate(dataSource: DataSource): Promise<string[]> {
  return underStartupLock(dataSource, () => applyMigrations(dataSource));
}

/** Applies pending migrations; the caller holds the start-up lock where it matters. */
export async function applyMigrations(dataSource: DataSource): Promise<string[]> {
  return (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
}
