import { UserRole } from '../access/roles';
import { DIALECTS, snapshotTables } from '../test/databases';
import { buildSmallTree } from '../test/fixtures';
import { createPerson } from '../test/people-fixtures';
import { startTestServer, type Gql, type TestServer } from '../test/server';

const COMPLIANCE = `query($w: ID) { venueCompliance(withinOrganization: $w) { organizationName kind members requiredStandard compliant missing } }`;

describe.each(DIALECTS)('activity venues on %s', (dialect) => {
  let t: TestServer;
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;
  let staff: Gql;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    tree = await buildSmallTree(t);
    staff = (await t.userFor(UserRole.STAFF, tree.hunan.id)).gql;
  });
  afterAll(() => t.stop());

  const venue = async (organizationId: string, standard: string, checks: [string, boolean][]) => {
    const created = await staff(`mutation($o: ID!, $s: VenueStandard!) { createVenue(organizationId: $o, standard: $s, name: "党群服务中心", areaSqm: 60) { id version } }`, { o: organizationId, s: standard });
    const v = created.data!.createVenue;
    const res = await staff(`mutation($id: ID!, $v: Int!, $c: [VenueCheckInput!]!) { inspectVenue(id: $id, version: $v, checkedOn: "2026-06-01", checks: $c) { id checks { code ok } } }`, {
      id: v.id,
      v: v.version,
      c: checks.map(([code, ok]) => ({ code, ok })),
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.inspectVenue;
  };

  it('asks each unit for its standard and tells what is missing, by hand', async () => {
    // The committee keeps 50 members: it needs a full venue; it has only a "four haves" one.
    for (let i = 0; i < 50; i += 1) await createPerson(t.gql, { name: `委员会党员${i}`, organizationId: tree.committee.id, membershipStatus: 'FULL' });
    await venue(tree.committee.id, 'FOUR_HAVES', [['place', true], ['sign', true], ['rules', true], ['materials', true]]);
    // The branch (no members of its own here): four haves, but no sign.
    await venue(tree.branch.id, 'FOUR_HAVES', [['place', true], ['sign', false], ['rules', true], ['materials', true]]);
    // 湘盛物流 has no party organization: a union room that meets its list.
    await venue(tree.enterprises[1].id, 'MASS_ROOM', [['place', true], ['sign', true], ['records', true]]);
    const res = await staff(COMPLIANCE, { w: tree.hunan.id });
    expect(res.errors).toBeUndefined();
    const byName = Object.fromEntries(res.data!.venueCompliance.map((c: { organizationName: string }) => [c.organizationName, c]));
    expect(Object.keys(byName).sort()).toEqual(['贵州湘华信息技术有限公司', '贵州湘黔建材有限公司党支部', '贵州湘盛物流有限公司', '贵州省湖南商会党委'].sort());
    expect(byName['贵州省湖南商会党委']).toMatchObject({ members: 50, requiredStandard: 'FULL', compliant: false });
    expect(byName['贵州省湖南商会党委'].missing).toHaveLength(7);
    expect(byName['贵州湘黔建材有限公司党支部']).toMatchObject({ requiredStandard: 'FOUR_HAVES', compliant: false, missing: ['有标识'] });
    expect(byName['贵州湘盛物流有限公司']).toMatchObject({ kind: 'ENTERPRISE', requiredStandard: 'MASS_ROOM', compliant: true, missing: [] });
    expect(byName['贵州湘华信息技术有限公司']).toMatchObject({ requiredStandard: 'MASS_ROOM', compliant: false, missing: ['有活动室', '有工会或共青团标识', '有活动记录'] });
    // The enterprise hosting the branch is served by the branch: not listed again.
    expect(byName['贵州湘黔建材有限公司']).toBeUndefined();
  });

  it('follows a changed checklist, refuses items not on it, and only administrators change it', async () => {
    const set = await t.gql(`mutation { setVenueChecklist(standard: MASS_ROOM, items: [{ code: "place", label: "有活动室" }, { code: "books", label: "有职工书屋" }]) { code label } }`);
    expect(set.data!.setVenueChecklist).toEqual([{ code: 'place', label: '有活动室' }, { code: 'books', label: '有职工书屋' }]);
    const after = await staff(COMPLIANCE, { w: tree.hunan.id });
    const room = after.data!.venueCompliance.find((c: { organizationName: string }) => c.organizationName === '贵州湘盛物流有限公司');
    expect(room).toMatchObject({ compliant: false, missing: ['有职工书屋'] });
    expect((await staff(`mutation { setVenueChecklist(standard: MASS_ROOM, items: [{ code: "x", label: "y" }]) { code } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const created = (await staff(`mutation($o: ID!) { createVenue(organizationId: $o, standard: FOUR_HAVES, name: "活动室") { id version } }`, { o: tree.branch.id })).data!.createVenue;
    const before = await snapshotTables(t.dataSource);
    const bad = await staff(`mutation($id: ID!, $v: Int!) { inspectVenue(id: $id, version: $v, checkedOn: "2026-06-01", checks: [{ code: "pool", ok: true }]) { id } }`, { id: created.id, v: created.version });
    expect(bad.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'checks.0.code', constraint: 'unknownItem' })]);
    expect(await snapshotTables(t.dataSource)).toEqual(before);
  });
});
