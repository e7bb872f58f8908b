import 'reflect-metadata';
import { loadConfig } from '../config';
import { createDataSource } from '../root/data-source';
import { migrate } from '../db/migrate';

async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = await createDataSource(config.database).initialize();
  try {
    const applied = await migrate(dataSource);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
