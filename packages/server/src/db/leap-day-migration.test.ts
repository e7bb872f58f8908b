import { DIALECTS } from '../test/databases';
import { caseAt, fullMembers } from '../test/development-fixtures';
import { buildSmallTree } from '../test/fixtures';
import { startTestServer, type TestServer } from '../test/server';
import { LeapDayAnniversaries1795790000000 } from './migrations/sqlite/1795790000000-leap-day-anniversaries';

// The dates kept from a 29 February start under the old reading (28 February in a common year)
// move to the new one (1 March), extensions and "due soon" days with them; nothing else moves.
describe.each(DIALECTS)('moving stored 29 February anniversaries on %s', (dialect) => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer(dialect);
  });
  afterAll(() => t.stop());

  const day = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value)).slice(0, 10);
  const q = (sql: string) => (dialect === 'mysql' ? sql.replace(/"/g, '`') : sql);

  it('moves probation and term ends kept under the old reading, and leaves the rest', async () => {
    const tree = await buildSmallTree(t);
    const members = await fullMembers(t.gql, tree.branch.id, 2);
    const plain = await caseAt(t.gql, tree.branch.id, members, 'PROBATIONARY');
    const extended = await caseAt(t.gql, tree.branch.id, members, 'PROBATIONARY');
    const untouched = await caseAt(t.gql, tree.branch.id, members, 'PROBATIONARY');
    // As the old rule kept them: admitted on 29 February 2024, probation to 28 February 2025 (plus 6 months).
    await t.dataSource.query(q(`UPDATE "development_case" SET "admittedOn" = '2024-02-29', "probationEndsOn" = '2025-02-28' WHERE "id" = ${plain.id}`));
    await t.dataSource.query(q(`UPDATE "development_case" SET "admittedOn" = '2024-02-29', "probationEndsOn" = '2025-08-28', "extensionMonths" = 6 WHERE "id" = ${extended.id}`));
    await t.dataSource.query(q(`UPDATE "organization" SET "termStartedOn" = '2024-02-29', "termEndsOn" = '2027-02-28', "termDueSoonOn" = '2026-08-28' WHERE "id" = ${tree.branch.id}`));
    await t.dataSource.query(q(`UPDATE "organization" SET "termStartedOn" = '2021-02-28', "termEndsOn" = '2024-02-28', "termDueSoonOn" = '2023-08-28' WHERE "id" = ${tree.committee.id}`));
    const runner = t.dataSource.createQueryRunner();
    try {
      await new LeapDayAnniversaries1795790000000().up(runner);
    } finally {
      await runner.release();
    }
    const probation = async (id: string) => day((await t.dataSource.query(q(`SELECT "probationEndsOn" FROM "development_case" WHERE "id" = ${id}`)))[0].probationEndsOn);
    expect(await probation(plain.id)).toBe('2025-03-01');
    expect(await probation(extended.id)).toBe('2025-09-01');
    expect(await probation(untouched.id)).toBe(untouched.probationEndsOn);
    const term = async (id: string) => {
      const [row] = await t.dataSource.query(q(`SELECT "termEndsOn", "termDueSoonOn" FROM "organization" WHERE "id" = ${id}`));
      return [day(row.termEndsOn), day(row.termDueSoonOn)];
    };
    expect(await term(tree.branch.id)).toEqual(['2027-03-01', '2026-09-01']);
    expect(await term(tree.committee.id)).toEqual(['2024-02-28', '2023-08-28']);
  });
});
