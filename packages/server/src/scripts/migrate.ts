import 'reflect-metadata';
import { loadConfig } from '../config';
import { createDataSource } from '../root/data-source';
import { underStartupLock } from '../db/migrate';
import { Database } from '../db/database';
import { upgradeDatabase } from '../root/upgrade';

async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = await createDataSource(config.database).initialize();
  try {
    await underStartupLock(dataSource, async () => {
      const { applied, photos } = await upgradeDatabase(new Database(dataSource), config.photoDir);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date');
      if (photos) console.log(photos);
    });
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
