import { isValidCreditCode } from '../common/credit-code';
import { Organization, OrganizationKind } from '../organizations/organization.entity';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../test/databases';
import { seedDemoData } from './demo';

describe.each(DIALECTS)('demo data on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
  });
  afterAll(() => t.close());

  it('seeds the department, its coordination group, 17 chambers and about 300 enterprises with valid credit codes', async () => {
    const progress: string[] = [];
    const summary = await seedDemoData(t.db, { onProgress: (m) => progress.push(m) });
    expect(summary).toMatchObject({ chambers: 17, enterprises: 302 });
    expect(progress.length).toBeGreaterThan(17);

    const repo = t.dataSource.getRepository(Organization);
    const chambers = await repo.find({ where: { kind: OrganizationKind.CHAMBER } });
    expect(chambers).toHaveLength(17);
    expect(chambers.map((c) => c.shortName)).toEqual(expect.arrayContaining(['湖南商会', '四川商会', '浙江商会']));
    expect(await repo.countBy({ kind: OrganizationKind.COORDINATION_GROUP })).toBe(1);
    expect(await repo.countBy({ kind: OrganizationKind.PARTY_COMMITTEE })).toBe(3);

    const withCodes = await repo.find({ where: [{ kind: OrganizationKind.ENTERPRISE }, { kind: OrganizationKind.CHAMBER }] });
    for (const org of withCodes) expect(isValidCreditCode(org.creditCode!)).toBe(true);
  });

  it('leaves a database that already holds data alone', async () => {
    const before = await t.dataSource.getRepository(Organization).count();
    expect(await seedDemoData(t.db)).toBeNull();
    expect(await t.dataSource.getRepository(Organization).count()).toBe(before);
  });
});
