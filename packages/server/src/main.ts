import 'reflect-metadata';
import { createApp } from './root/app';
import { ConfigError, loadConfig } from './config';
import { createDataSource } from './root/data-source';
import { Database } from './db/database';
import { underStartupLock } from './db/migrate';
import { QueryCounter } from './db/query-counter';
import { DEMO_PASSWORD, seedDemoAccounts } from './seed/accounts';
import { PersonalDataCipher } from './people';
import { seedDemoData } from './seed/demo';
import { upgradeDatabase } from './root/upgrade';
import { ReminderScheduler, sealStoredCredentials, smtpMailer } from './reminders';

async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = createDataSource(config.database, { logger: config.logQueries ? new QueryCounter(true) : undefined });
  await dataSource.initialize();
  const db = new Database(dataSource);
  const cipher = new PersonalDataCipher(config.dataKey);
  // Servers started side by side on one database do this once (db/migrate.ts).
  await underStartupLock(dataSource, async () => {
    const { applied, photos } = await upgradeDatabase(db, config.photoDir);
    if (applied.length) console.log(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);
    if (photos) console.log(photos);
    const sealedRobots = await sealStoredCredentials(db, cipher);
    if (sealedRobots) console.log(`Sealed the address and secret of ${sealedRobots} group robot(s) under the data key`);
    if (!config.seedDemoData) return;
    const seeded = await seedDemoData(db, cipher, { onProgress: (message) => console.log(message) });
    if (seeded) console.log(`Seeded demo data: ${seeded.organizations} organizations (${seeded.chambers} chambers, ${seeded.enterprises} enterprises), ${seeded.people} people, ${seeded.cases} development cases, ${seeded.notices} notices, ${seeded.classes} training classes, ${seeded.exemplars} exemplars`);
    const accounts = await seedDemoAccounts(db, { production: config.production });
    if (config.production) console.log('Demo accounts are not created in production (their password is public); create an administrator with create-admin');
    if (accounts) {
      console.log(`Demo accounts (password for all: ${DEMO_PASSWORD}):`);
      for (const a of accounts) console.log(`  ${a.username.padEnd(12)} ${a.role.padEnd(12)} ${a.displayName} @ ${a.organization}`);
    }
  });

  const app = await createApp(config, db);
  const url = await app.listen(config.port, config.host);
  const where = config.database.type === 'sqlite' ? `SQLite ${config.database.file}` : 'MySQL/MariaDB';
  console.log(`Guildhall is running on ${where}`);
  console.log(`  Dashboard: ${url}/   (sign in there)`);
  console.log(`  GraphQL:   ${url}/graphql`);
  console.log(`  Public:    ${url}/public/notices   ${url}/public/exemplars`);
  // Reminders: each server looks every interval; the one holding the lease sends.
  const reminders = new ReminderScheduler(db, config.reminderIntervalMs, {
    channels: { mailer: config.mail ? smtpMailer(config.mail.smtpUrl, config.mail.from) : null, digestHour: config.digestHour, publicUrl: config.publicUrl, cipher },
  });
  reminders.start();

  const shutdown = async (signal: string) => {
    console.log(`${signal} received, finishing requests in flight`);
    await reminders.stop();
    await app.close();
    await dataSource.destroy();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
