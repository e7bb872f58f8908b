import 'reflect-metadata';
import { loadConfig } from '../config';
import { createDataSource } from '../root/data-source';
import { applyMigrations, underStartupLock } from '../db/migrate';
import { Database } from '../db/database';
import { movePhotosFromDisk, photosMovedMessage } from '../root/legacy-photos';

async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = await createDataSource(config.database).initialize();
  try {
    await underStartupLock(dataSource, async () => {
      const applied = await applyMigrations(dataSource);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date');
      const moved = photosMovedMessage(await movePhotosFromDisk(new Database(dataSource), config.photoDir), config.photoDir);
      if (moved) console.log(moved);
    });
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
