import { applyMigrations } from '../db/migrate';
import type { Database } from '../db/database';
import { movePhotosFromDisk, photosMovedMessage } from './legacy-photos';

/**
 * Brings the database to this version: the pending migrations, then the photos an earlier
 * version kept on disk moved in. Start-up and `npm run migrate` both run it, holding the start-up
 * lock (db/migrate.ts). Answers the migrations applied and what was said of the photos, if anything.
 */
export async function upgradeDatabase(db: Database, photoDir: string): Promise<{ applied: string[]; photos: string | null }> {
  const applied = await applyMigrations(db.dataSource);
  const photos = photosMovedMessage(await movePhotosFromDisk(db, photoDir), photoDir);
  return { applied, photos };
}
