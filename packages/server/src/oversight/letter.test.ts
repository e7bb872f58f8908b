import { UserRole } from '../access/roles';
import { DIALECTS } from '../test/databases';
import { buildSmallTree } from '../test/fixtures';
import { startTestServer, type TestServer } from '../test/server';

const SIGN = `mutation($c: ID!, $y: Int!) { signResponsibilityLetter(chamberId: $c, year: $y, signedOn: "2026-02-01", signatory: "张会长", targets: [{ area: SYSTEM, target: "全年召开党员大会不少于4次" }, { area: TRAINING, target: "党组织书记全员轮训" }]) { id year targets { area target } } }`;

describe.each(DIALECTS)('responsibility letters on %s', (dialect) => {
  let t: TestServer;
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    tree = await buildSmallTree(t);
  });
  afterAll(() => t.stop());

  it('records one letter per chamber and year, and lists the chambers still without one', async () => {
    const signed = await t.gql(SIGN, { c: tree.hunan.id, y: 2026 });
    expect(signed.data!.signResponsibilityLetter).toMatchObject({ year: 2026, targets: [{ area: 'SYSTEM', target: '全年召开党员大会不少于4次' }, { area: 'TRAINING', target: '党组织书记全员轮训' }] });
    const again = await t.gql(SIGN, { c: tree.hunan.id, y: 2026 });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'letterExists' });
    const notChamber = await t.gql(SIGN, { c: tree.committee.id, y: 2026 });
    expect(notChamber.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'chamberId', constraint: 'notFound' })]);
    const missing = await t.gql(`query { chambersWithoutLetter(year: 2026) { name } }`);
    expect(missing.data!.chambersWithoutLetter.map((c: { name: string }) => c.name)).toEqual(['贵州省四川商会', '贵州省浙江商会']);

    const coordinator = (await t.userFor(UserRole.COORDINATOR, tree.hunan.id)).gql;
    expect((await coordinator(`query { responsibilityLetters(year: 2026) { chamber { name } } }`)).data!.responsibilityLetters).toEqual([{ chamber: { name: '贵州省湖南商会' } }]);
    expect((await coordinator(`query { chambersWithoutLetter(year: 2026) { name } }`)).data!.chambersWithoutLetter).toEqual([]);
    expect((await coordinator(SIGN, { c: tree.hunan.id, y: 2027 })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
