import { pendingSchemaChanges } from './pending-schema';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../test/databases';

describe.each(DIALECTS)('migrations on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
  });
  afterAll(() => t.close());

  it('bring an empty database exactly to the entities, leaving nothing to generate', async () => {
    const pending = await pendingSchemaChanges(t.dataSource);
    expect(pending.up).toEqual([]);
  });

  it('record every migration as applied, so a second run applies none', async () => {
    expect(await t.dataSource.showMigrations()).toBe(false);
    expect(await t.dataSource.runMigrations()).toEqual([]);
  });

  it('can be reverted down to an empty schema', async () => {
    const count = t.dataSource.migrations.length;
    for (let i = 0; i < count; i += 1) await t.dataSource.undoLastMigration();
    const tables: unknown[] =
      dialect === 'sqlite'
        ? await t.dataSource.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'organization'")
        : await t.dataSource.query("SHOW TABLES LIKE 'organization'");
    expect(tables).toHaveLength(0);
    await t.dataSource.runMigrations();
    expect((await pendingSchemaChanges(t.dataSource)).up).toEqual([]);
  });
});
