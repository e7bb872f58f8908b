import 'reflect-metadata';
import { loadConfig } from '../config';
import { createDataSource } from '../root/data-source';
import { backupDatabase, restoreDatabase } from '../ops/backup';
import { tableChecksums } from '../ops/checksums';

// Usage: node dist/scripts/backup.js backup <file> | restore <file> | checksums
async function main(): Promise<void> {
  const [command, file] = process.argv.slice(2);
  const config = loadConfig();
  if ((command === 'backup' || command === 'restore') && !file) throw new Error(`usage: ${command} <file>`);
  if (command === 'backup') {
    await backupDatabase(config.database, file);
    console.log(`Backed up to ${file}`);
  } else if (command === 'restore') {
    await restoreDatabase(config.database, file);
    console.log(`Restored from ${file}`);
  } else if (command !== 'checksums') {
    throw new Error('usage: backup <file> | restore <file> | checksums');
  }
  // Row counts and checksums per table, to compare a restored database with the original.
  const dataSource = await createDataSource(config.database).initialize();
  try {
    for (const [table, { rows, sha256 }] of Object.entries(await tableChecksums(dataSource))) {
      console.log(`  ${table.padEnd(16)} ${String(rows).padStart(8)} rows  ${sha256.slice(0, 16)}`);
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
