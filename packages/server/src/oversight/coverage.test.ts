import { UserRole } from '../access/roles';
import { DIALECTS } from '../test/databases';
import { buildSmallTree } from '../test/fixtures';
import { populateCoverage } from '../test/oversight-fixtures';
import { createPerson } from '../test/people-fixtures';
import { startTestServer, type TestServer } from '../test/server';

const REPORT = `query($w: ID) { coverage(withinOrganization: $w) {
  enterprises enterprisesWithMembers organizationCovered organizationCoverage workCovered workCoverage
  chambers chambersWithPartyOrganization chamberCoverage
  byChamber { chamberName hasPartyOrganization enterprises enterprisesWithMembers organizationCovered organizationCoverage workCovered workCoverage }
} uncoveredEnterprises(withinOrganization: $w) { name members missingOrganization missingWork }
  page: uncoveredEnterprisePage(withinOrganization: $w, perPage: 1) { total items { name members missingOrganization missingWork } } }`;

describe.each(DIALECTS)('coverage on %s, on a fixture worked out by hand', (dialect) => {
  let t: TestServer;
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    tree = await buildSmallTree(t);
    await populateCoverage(t, tree);
  });
  afterAll(() => t.stop());

  it('computes organization, work and chamber coverage overall and per chamber', async () => {
    const res = await t.gql(REPORT, {});
    expect(res.errors).toBeUndefined();
    // Enterprises 4; with members 3 (e0, e1, e2); covered by a party organization 2 (e0 own, e1 committee): 2/3.
    // Work: e0, e1, and 川渝商贸 through its liaison: 3/4. Chambers: only 湖南 has a party organization: 1/3.
    expect(res.data!.coverage).toMatchObject({
      enterprises: 4,
      enterprisesWithMembers: 3,
      organizationCovered: 2,
      organizationCoverage: 0.667,
      workCovered: 3,
      workCoverage: 0.75,
      chambers: 3,
      chambersWithPartyOrganization: 1,
      chamberCoverage: 0.333,
    });
    expect(res.data!.coverage.byChamber).toEqual([
      { chamberName: '湖南商会', hasPartyOrganization: true, enterprises: 3, enterprisesWithMembers: 3, organizationCovered: 2, organizationCoverage: 0.667, workCovered: 2, workCoverage: 0.667 },
      { chamberName: '四川商会', hasPartyOrganization: false, enterprises: 1, enterprisesWithMembers: 0, organizationCovered: 0, organizationCoverage: 0, workCovered: 1, workCoverage: 1 },
      { chamberName: '浙江商会', hasPartyOrganization: false, enterprises: 0, enterprisesWithMembers: 0, organizationCovered: 0, organizationCoverage: 0, workCovered: 0, workCoverage: 0 },
    ]);
    expect(res.data!.uncoveredEnterprises).toEqual([{ name: '贵州湘华信息技术有限公司', members: 1, missingOrganization: true, missingWork: true }]);
    expect(res.data!.page).toEqual({ total: 1, items: res.data!.uncoveredEnterprises });
    for (const missing of ['ORGANIZATION', 'WORK']) {
      const gap = await t.gql(`query($m: CoverageGap) { uncoveredEnterprisePage(missing: $m) { total items { name } } }`, { m: missing });
      expect(gap.data!.uncoveredEnterprisePage).toEqual({ total: 1, items: [{ name: '贵州湘华信息技术有限公司' }] });
    }
  });

  it('keeps a chamber coordinator to their chamber', async () => {
    const coordinator = (await t.userFor(UserRole.COORDINATOR, tree.hunan.id)).gql;
    const res = await coordinator(REPORT, {});
    expect(res.data!.coverage).toMatchObject({ enterprises: 3, chambers: 1, chamberCoverage: 1, organizationCoverage: 0.667 });
    // Outside the coordinator's scope: nothing, as for an organization that does not exist.
    const outside = (await coordinator(REPORT, { w: tree.sichuan.id })).data!;
    expect(outside.coverage).toMatchObject({ enterprises: 0, chambers: 0 });
    expect(outside.page).toEqual({ total: 0, items: [] });
    expect((await coordinator(REPORT, { w: '999999' })).data!.page).toEqual(outside.page);
    expect((await t.anonymous(REPORT, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe.each(DIALECTS)('organization eligibility on %s', (dialect) => {
  let t: TestServer;
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    tree = await buildSmallTree(t);
    const [e0, e1] = tree.enterprises;
    // 湘黔建材: 3 full members and one probationary — may form its own branch (it has one).
    for (const name of ['一', '二', '三']) await createPerson(t.gql, { name, organizationId: tree.branch.id, employerId: e0.id, membershipStatus: 'FULL' });
    await createPerson(t.gql, { name: '四', organizationId: tree.branch.id, employerId: e0.id, membershipStatus: 'FULL', fullMemberSince: '2020-07-01' });
    // 湘盛物流: 2 full members — a joint branch.
    for (const name of ['五', '六']) await createPerson(t.gql, { name, organizationId: tree.committee.id, employerId: e1.id, membershipStatus: 'FULL' });
  });
  afterAll(() => t.stop());

  it('says what each unit may form from its members, with the reason, next to what it has', async () => {
    const res = await t.gql(`query($w: ID) { organizationEligibility(withinOrganization: $w) { organizationName fullMembers members eligibleForm reasons currentForm } }`, { w: tree.hunan.id });
    expect(res.errors).toBeUndefined();
    const byName = Object.fromEntries(res.data!.organizationEligibility.map((u: { organizationName: string }) => [u.organizationName, u]));
    expect(byName['贵州省湖南商会']).toMatchObject({ fullMembers: 6, members: 6, eligibleForm: 'BRANCH', currentForm: 'PARTY_COMMITTEE' });
    expect(byName['贵州湘黔建材有限公司']).toMatchObject({ fullMembers: 4, eligibleForm: 'BRANCH', currentForm: 'BRANCH' });
    expect(byName['贵州湘盛物流有限公司']).toMatchObject({ fullMembers: 2, eligibleForm: 'JOINT_BRANCH', currentForm: null, reasons: ['正式党员 2 名，不足 3 名，应与其他单位联合成立党支部'] });
    expect(byName['贵州湘华信息技术有限公司']).toMatchObject({ fullMembers: 0, eligibleForm: 'JOINT_BRANCH' });
  });
});

describe.each(DIALECTS)('the report lists page on %s', (dialect) => {
  let t: TestServer;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    await buildSmallTree(t);
  });
  afterAll(() => t.stop());

  it.each([
    ['meetingRegularityPage', 'year: 2026, ', 'total items { organizationId }'],
    ['uncoveredEnterprisePage', '', 'total items { id }'],
    ['venueCompliancePage', '', 'total items { organizationId }'],
    ['chambersWithoutLetterPage', 'year: 2026, ', 'total items { id }'],
    ['chambersNotAssessedPage', 'year: 2026, ', 'total items { id }'],
  ])('%s refuses a page size or a page out of range, and a year where it takes one', async (query, args, fields) => {
    for (const bad of ['perPage: 0', 'perPage: 101', 'page: -1']) {
      const res = await t.gql(`{ ${query}(${args}${bad}) { ${fields} } }`);
      expect({ bad, code: res.errors?.[0].extensions?.code }).toEqual({ bad, code: 'BAD_USER_INPUT' });
    }
    if (args) {
      const res = await t.gql(`{ ${query}(year: 1999) { ${fields} } }`);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
    const ok = await t.gql(`{ ${query}(${args}perPage: 100) { ${fields} } }`);
    expect(ok.errors).toBeUndefined();
    expect(ok.data![query].items.length).toBe(Math.min(ok.data![query].total, 100));
  });
});
