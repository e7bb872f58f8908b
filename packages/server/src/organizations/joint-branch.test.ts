import { UserRole } from '../access/roles';
import { DIALECTS, snapshotTables } from '../test/databases';
import { buildSmallTree, createOrg, freshCreditCode } from '../test/fixtures';
import { populateCoverage } from '../test/oversight-fixtures';
import { startTestServer, type Gql, type TestServer } from '../test/server';

const SET = `mutation($b: ID!, $v: Int!, $e: [ID!]!) { setJointBranchEnterprises(jointBranchId: $b, version: $v, enterpriseIds: $e) { id version jointEnterprises { name } } }`;

describe.each(DIALECTS)('joint branches on %s', (dialect) => {
  let t: TestServer;
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;
  let joint: { id: string; version: number };
  const more: string[] = [];

  beforeAll(async () => {
    t = await startTestServer(dialect);
    tree = await buildSmallTree(t);
    await populateCoverage(t, tree);
    joint = (await createOrg(t, { kind: 'JOINT_BRANCH', name: '贵州省湖南商会第一联合党支部', parentId: tree.committee.id, hostId: tree.hunan.id })) as { id: string; version: number };
    for (const name of ['贵州湘一商贸有限公司', '贵州湘二商贸有限公司', '贵州湘三商贸有限公司', '贵州湘四商贸有限公司']) {
      more.push((await createOrg(t, { kind: 'ENTERPRISE', name, parentId: tree.hunan.id, creditCode: freshCreditCode() })).id);
    }
  });
  afterAll(() => t.stop());

  const set = (gql: Gql, ids: string[], version = joint.version) => gql(SET, { b: joint.id, v: version, e: ids });

  it('takes in at most five enterprises of its chamber without a party organization of their own, and changes nothing otherwise', async () => {
    const before = await snapshotTables(t.dataSource);
    const six = [tree.enterprises[1].id, tree.enterprises[2].id, ...more];
    expect((await set(t.gql, six)).errors?.[0].extensions).toMatchObject({
      code: 'GUARD_FAILED',
      rule: 'jointBranchLimit',
      failures: [{ rule: 'jointBranchLimit', params: { max: 5, given: 6 } }],
    });
    expect((await set(t.gql, [tree.enterprises[0].id])).errors?.[0].extensions).toMatchObject({
      code: 'GUARD_FAILED',
      rule: 'hasOwnOrganization',
      failures: [{ rule: 'hasOwnOrganization', params: { enterprise: expect.any(String), organization: expect.any(String) } }],
    });
    const other = await set(t.gql, [tree.sichuanEnterprise.id]);
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'enterpriseIds.0', constraint: 'otherChamber' })] });
    expect((await set(t.gql, ['999999'])).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ constraint: 'notFound' })] });
    expect((await t.gql(SET, { b: tree.branch.id, v: 1, e: [] })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await snapshotTables(t.dataSource)).toEqual(before);

    const five = await set(t.gql, six.slice(0, 5));
    expect(five.errors).toBeUndefined();
    expect(five.data!.setJointBranchEnterprises.jointEnterprises).toHaveLength(5);
    expect((await set(t.gql, [tree.enterprises[1].id])).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'staleVersion' });
    joint = five.data!.setJointBranchEnterprises;
  });

  it('counts its enterprises as covered by a party organization', async () => {
    // 湘华信息 (e2) has one member, kept by the enterprise itself: taken in by the joint branch, it is covered.
    const coverage = (await t.gql(`query { coverage { organizationCovered organizationCoverage } uncoveredEnterprises { name } }`)).data!;
    expect(coverage.coverage).toEqual({ organizationCovered: 3, organizationCoverage: 1 });
    expect(coverage.uncoveredEnterprises.map((e: { name: string }) => e.name)).not.toContain('贵州湘华信息技术有限公司');
  });

  it('keeps an enterprise to one joint branch, follows a changed limit, and keeps coordinators to their chamber', async () => {
    const second = await createOrg(t, { kind: 'JOINT_BRANCH', name: '贵州省湖南商会第二联合党支部', parentId: tree.committee.id, hostId: tree.hunan.id });
    const taken = await t.gql(SET, { b: second.id, v: second.version, e: [tree.enterprises[1].id] });
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'inAnotherJointBranch', enterpriseIds: [tree.enterprises[1].id] });

    await t.gql(`mutation { setOrganizationRules(jointBranchMaxEnterprises: 6) { jointBranchMaxEnterprises } }`);
    const six = await set(t.gql, [tree.enterprises[1].id, tree.enterprises[2].id, ...more]);
    expect(six.data!.setJointBranchEnterprises.jointEnterprises).toHaveLength(6);
    joint = six.data!.setJointBranchEnterprises;
    await t.gql(`mutation { setOrganizationRules(jointBranchMaxEnterprises: 5) { jointBranchMaxEnterprises } }`);

    const sichuan = (await t.userFor(UserRole.COORDINATOR, tree.sichuan.id)).gql;
    expect((await set(sichuan, [])).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const staff = (await t.userFor(UserRole.ASSESSOR, tree.agency.id)).gql;
    expect((await set(staff, [])).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const audit = await t.gql(`query($r: String) { allAuditEntries(filter: { action: "organization.jointEnterprises", recordId: $r }) { changes } }`, { r: joint.id });
    expect(audit.data!.allAuditEntries).toHaveLength(2);
    // Emptying it releases the enterprises.
    const emptied = await set(t.gql, []);
    expect(emptied.data!.setJointBranchEnterprises.jointEnterprises).toEqual([]);
    expect((await t.gql(SET, { b: second.id, v: second.version, e: [tree.enterprises[1].id] })).errors).toBeUndefined();
  });
});
