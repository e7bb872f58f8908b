import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { createDataSource } from '../root/data-source';
import { Database } from '../db/database';
import { migrate } from '../db/migrate';
import { seedDemoAccounts } from '../seed/accounts';
import { seedDemoData } from '../seed/demo';
import { PersonalDataCipher } from '../people/personal-data';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../test/databases';
import type { DatabaseConfig } from '../config';
import { Organization } from '../organizations/organization.entity';
import { backupDatabase, restoreDatabase, withoutDefiners } from './backup';
import { recountTallies } from '../oversight';
import { Readable } from 'node:stream';
import { tableChecksums } from './checksums';
import sharp from 'sharp';
import { FileStore } from '../db/file-store';
import { processPhoto } from '../exemplars/photos';

const MYSQL_BASE = process.env.TEST_MYSQL_URL || 'mysql://root@127.0.0.1:3306';

/** The configuration a test database was opened with, read back from its data source. */
function configOf(t: TestDatabase): DatabaseConfig {
  const options = t.dataSource.options as { type: string; database?: string; url?: string };
  return options.type === 'better-sqlite3' ? { type: 'sqlite', file: options.database! } : { type: 'mysql', url: options.url!, poolSize: 2 };
}

describe.each(DIALECTS)('backup and restore on %s', (dialect) => {
  let source: TestDatabase;
  let photoBytes: Buffer[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guildhall-backup-'));

  beforeAll(async () => {
    source = await openTestDatabase(dialect);
    await seedDemoData(source.db, new PersonalDataCipher('backup-test-data-key-of-at-least-32-chars'));
    await seedDemoAccounts(source.db, { production: false });
    // An uploaded photo, both sizes: files are in the database, so the backup holds them.
    const photo = await processPhoto(await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#b71c1c' } }).jpeg().toBuffer());
    const files = new FileStore(source.db);
    await source.db.write(async (em) => {
      for (const { size, data } of photo.sizes) await files.put(em, `backup-test-${size}.webp`, data, 'image/webp');
    });
    photoBytes = photo.sizes.map((s) => s.data);
  });
  afterAll(async () => {
    await source.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('restores into a fresh database with identical row counts and checksums, table by table', async () => {
    const file = path.join(dir, dialect === 'sqlite' ? 'backup.sqlite' : 'backup.sql');
    // Writes go on while the backup runs; the backup is one consistent snapshot either way.
    const before = await tableChecksums(source.dataSource);
    const writing = source.db.write((em) => em.update(Organization, { name: '贵州省湖南商会' }, { phone: '0851-12345678' }));
    await backupDatabase(configOf(source), file);
    await writing;
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);

    const original = await tableChecksums(source.dataSource);
    let target: DatabaseConfig;
    let cleanup: () => Promise<void>;
    if (dialect === 'sqlite') {
      target = { type: 'sqlite', file: path.join(dir, 'restored.sqlite') };
      cleanup = async () => undefined;
    } else {
      const name = `guildhall_restore_${process.pid}_${Date.now()}`;
      const admin = await createConnection(MYSQL_BASE);
      await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      const url = new URL(MYSQL_BASE);
      url.pathname = `/${name}`;
      target = { type: 'mysql', url: url.toString(), poolSize: 2 };
      cleanup = async () => {
        await admin.query(`DROP DATABASE \`${name}\``);
        await admin.end();
      };
    }
    try {
      await restoreDatabase(target, file);
      const restored = await createDataSource(target).initialize();
      try {
        const checksums = await tableChecksums(restored);
        // The snapshot holds the source as it was either before or after the concurrent write, whole.
        const now = await tableChecksums(source.dataSource);
        expect(before.organization.sha256).not.toBe(now.organization.sha256);
        expect(checksums).toEqual(checksums.organization.sha256 === before.organization.sha256 ? before : now);
        expect(Object.keys(checksums)).toEqual(Object.keys(original));
        expect(checksums.organization.rows).toBe(372);
        expect(await migrate(restored)).toEqual([]);
        const db = new Database(restored);
        const restoredFiles = new FileStore(db);
        for (const [i, size] of [1200, 400].entries()) expect((await restoredFiles.get(`backup-test-${size}.webp`))?.data.equals(photoBytes[i])).toBe(true);
        expect(checksums.stored_file.rows).toBe(2);
        expect(await db.manager.countBy(Organization, { name: '贵州省湖南商会' })).toBe(1);
        // The coverage triggers came back after their tables' rows, and keep them on the restored database.
        const facts = () => restored.query('SELECT * FROM organization_tally ORDER BY organizationId');
        const untouched = await facts();
        await db.write((em) => em.query(`UPDATE person SET archivedAt = CURRENT_TIMESTAMP WHERE id IN (SELECT id FROM (SELECT id FROM person WHERE membershipStatus = 'FULL' AND employerId IS NOT NULL ORDER BY id LIMIT 5) x)`));
        const kept = await facts();
        expect(kept).not.toEqual(untouched);
        await db.write((em) => recountTallies(em));
        expect(await facts()).toEqual(kept);
      } finally {
        await restored.destroy();
      }
    } finally {
      await cleanup();
    }
  });

  it('refuses to overwrite an existing backup file, and to restore a damaged one', async () => {
    const existing = path.join(dir, 'existing.bak');
    fs.writeFileSync(existing, 'keep me');
    await expect(backupDatabase(configOf(source), existing)).rejects.toThrow(/exists/);
    expect(fs.readFileSync(existing, 'utf8')).toBe('keep me');
    if (dialect === 'sqlite') {
      const damaged = path.join(dir, 'damaged.sqlite');
      fs.writeFileSync(damaged, Buffer.alloc(8192, 0x5a));
      await expect(restoreDatabase({ type: 'sqlite', file: path.join(dir, 'victim.sqlite') }, damaged)).rejects.toThrow();
      expect(fs.existsSync(path.join(dir, 'victim.sqlite'))).toBe(false);
    }
  });
});

describe('a MySQL dump without its triggers\' definers', () => {
  it('takes the DEFINER clause out of trigger lines however the dump is cut into chunks, and leaves every other byte', async () => {
    const dump = [
      "INSERT INTO `t` VALUES (1,'DEFINER=kept in data? no: only trigger lines change');\n",
      '/*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER a AFTER INSERT ON t FOR EACH ROW BEGIN END */;;\n',
      "INSERT INTO `p` VALUES (2,'商会 ✓');\n",
      '/*!50003 CREATE*/ /*!50017 DEFINER=``*/ /*!50003 TRIGGER b AFTER DELETE ON t FOR EACH ROW BEGIN END */;;',
    ].join('');
    const expected = dump.replace('/*!50017 DEFINER=`root`@`localhost`*/ ', '').replace('/*!50017 DEFINER=``*/ ', '');
    const bytes = Buffer.from(dump);
    for (const size of [1, 7, 64, bytes.length]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      const out: Buffer[] = [];
      for await (const chunk of Readable.from(chunks).pipe(withoutDefiners())) out.push(chunk as Buffer);
      expect(Buffer.concat(out).toString('utf8')).toBe(expected);
    }
  });
});
