import { SYSTEM_ACTOR } from '../access/actor';
import { OrganizationService } from '../organizations';
import { OrganizationKind } from '../organizations/organization.entity';
import { organizationUsesByOversight } from '../oversight/meeting.service';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../test/databases';
import { SiblingNames1795990000000 as OnMysql } from './migrations/mysql/1795990000000-sibling-names';
import { SiblingNames1795990000000 as OnSqlite } from './migrations/sqlite/1795990000000-sibling-names';

// Names saved twice under one parent before the unique index (two requests at once on MariaDB):
// the oldest keeps its name, the later ones get their id appended, and the index is made.
describe.each(DIALECTS)('the sibling names migration on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
  });
  afterAll(() => t.close());

  it('renames the later twins, leaves names under other parents, and makes the index', async () => {
    const organizations = new OrganizationService(t.db, SYSTEM_ACTOR, organizationUsesByOversight);
    const agency = await organizations.create({ kind: OrganizationKind.AGENCY, name: '迁移测试厅' });
    const [p, q] = await Promise.all(['甲商会', '乙商会'].map((name) => organizations.create({ kind: OrganizationKind.CHAMBER, name, parentId: String(agency.id), originProvince: '湖南' })));
    const made = [];
    for (const [parent, name] of [[p, '企业一'], [p, '企业二'], [p, '企业三'], [q, '企业四'], [p, '另一家']] as const) {
      made.push(await organizations.create({ kind: OrganizationKind.ENTERPRISE, name, parentId: String(parent.id) }));
    }
    const migration = dialect === 'mysql' ? new OnMysql() : new OnSqlite();
    const runner = t.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      // As two requests at once could leave them: three of the same name under one parent.
      const ids = made.slice(0, 4).map((o) => o.id).join(', ');
      await runner.query(`UPDATE organization SET name = '同名企业' WHERE id IN (${ids})`);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const rows: { id: number; name: string; version: number }[] = await t.dataSource.query(`SELECT id, name, version FROM organization WHERE id IN (${made.map((o) => o.id).join(', ')}) ORDER BY id`);
    expect(rows.map((r) => r.name)).toEqual(['同名企业', `同名企业（${made[1].id}）`, `同名企业（${made[2].id}）`, '同名企业', '另一家']);
    expect(rows.map((r) => Number(r.version))).toEqual([made[0].version, made[1].version + 1, made[2].version + 1, made[3].version, made[4].version]);
    await expect(t.dataSource.query(`UPDATE organization SET name = '同名企业' WHERE id = ${made[4].id}`)).rejects.toThrow(/UNIQUE|Duplicate/);
  });
});
