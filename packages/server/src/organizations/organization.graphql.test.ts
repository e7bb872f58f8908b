import { DIALECTS } from '../test/databases';
import { buildSmallTree, createOrg, freshCreditCode, ORG_FIELDS } from '../test/fixtures';
import { startTestServer, type TestServer } from '../test/server';

const LIST = `query($filter: OrganizationFilter, $sortField: String, $sortOrder: String, $page: Int, $perPage: Int) {
  allOrganizations(filter: $filter, sortField: $sortField, sortOrder: $sortOrder, page: $page, perPage: $perPage) { id name kind }
  _allOrganizationsMeta(filter: $filter) { count }
}`;

describe.each(DIALECTS)('organizations through GraphQL on %s', (dialect) => {
  let t: TestServer;
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    tree = await buildSmallTree(t);
  });
  afterAll(() => t.stop());

  const names = async (variables: Record<string, unknown>) => {
    const res = await t.gql(LIST, variables);
    expect(res.errors).toBeUndefined();
    return { names: res.data!.allOrganizations.map((o: { name: string }) => o.name) as string[], count: res.data!._allOrganizationsMeta.count as number };
  };

  it('creates organizations with their place in the tree', async () => {
    const res = await t.gql(`query($id: ID!) { Organization(id: $id) { name depth parent { name } host { name } ancestors { name } } }`, { id: tree.branch.id });
    expect(res.data!.Organization).toEqual({
      name: '贵州湘黔建材有限公司党支部',
      depth: 3,
      parent: { name: '贵州省湖南商会党委' },
      host: { name: '贵州湘黔建材有限公司' },
      ancestors: [{ name: '贵州省商务厅' }, { name: '贵州省湖南商会' }, { name: '贵州省湖南商会党委' }],
    });
  });

  it('searches Chinese names, short names and pinyin initials', async () => {
    expect((await names({ filter: { q: '湖南' } })).names).toEqual(['贵州省湖南商会', '贵州省湖南商会党委']);
    expect((await names({ filter: { q: '四川商会' } })).names).toEqual(['贵州省四川商会']);
    expect((await names({ filter: { q: 'gzshnsh', kind: 'CHAMBER' } })).names).toEqual(['贵州省湖南商会']);
    expect((await names({ filter: { q: 'hnsh', kind: 'CHAMBER' } })).names).toEqual(['贵州省湖南商会']);
    expect((await names({ filter: { q: 'HNSH', kind: 'CHAMBER' } })).names).toEqual(['贵州省湖南商会']);
    // Whole pinyin finds what initials find, with or without spaces between the syllables.
    for (const q of ['hunan', 'hunanshanghui', 'Hunan Shanghui', 'guizhoushenghunanshanghui']) {
      expect({ q, names: (await names({ filter: { q, kind: 'CHAMBER' } })).names }).toEqual({ q, names: ['贵州省湖南商会'] });
    }
    expect((await names({ filter: { q: 'xiangqian' } })).names).toEqual(['贵州湘黔建材有限公司', '贵州湘黔建材有限公司党支部']);
    expect((await names({ filter: { q: 'xqjc' } })).names).toEqual(['贵州湘黔建材有限公司', '贵州湘黔建材有限公司党支部']);
    expect((await names({ filter: { q: tree.hunan.creditCode } })).names).toEqual(['贵州省湖南商会']);
    expect((await names({ filter: { q: '50%_' } })).count).toBe(0);
  });

  it('sorts chambers in pinyin order, both ways', async () => {
    const filter = { kind: 'CHAMBER' };
    expect((await names({ filter, sortField: 'name', sortOrder: 'ASC' })).names).toEqual(['贵州省湖南商会', '贵州省四川商会', '贵州省浙江商会']);
    expect((await names({ filter, sortField: 'name', sortOrder: 'DESC' })).names).toEqual(['贵州省浙江商会', '贵州省四川商会', '贵州省湖南商会']);
  });

  it('filters by kind, parent, ids, subtree and status, and counts the same rows it lists', async () => {
    expect((await names({ filter: { parentId: tree.hunan.id, kind: 'ENTERPRISE' } })).count).toBe(3);
    expect((await names({ filter: { ids: [tree.hunan.id, tree.sichuan.id, 'not-an-id', '999999'] } })).names.sort()).toEqual(['贵州省四川商会', '贵州省湖南商会']);
    const subtree = await names({ filter: { descendantsOf: tree.hunan.id } });
    expect(subtree.count).toBe(5);
    expect(subtree.names).not.toContain('贵州省湖南商会');
    expect(subtree.names).not.toContain('贵州川渝商贸有限公司');
    expect((await names({ filter: { descendantsOf: tree.agency.id } })).count).toBe(9);
    expect((await names({ filter: { kind_in: ['BRANCH', 'PARTY_COMMITTEE'] } })).count).toBe(2);
    expect((await names({ filter: { status: 'WEAK_LAX' } })).count).toBe(0);
    expect((await names({ filter: { originProvince: '浙江' } })).names).toEqual(['贵州省浙江商会']);
  });

  it('pages 0-based as react-admin does', async () => {
    const all = await names({ sortField: 'id', perPage: 100 });
    const page1 = await names({ sortField: 'id', perPage: 4, page: 1 });
    expect(page1.names).toEqual(all.names.slice(4, 8));
    expect(page1.count).toBe(all.count);
  });

  it('counts enterprises in the subtree and direct children', async () => {
    const res = await t.gql(`query($ids: [ID!]) { allOrganizations(filter: { ids: $ids }, sortField: "id") { name childCount enterpriseCount } }`, {
      ids: [tree.agency.id, tree.hunan.id, tree.sichuan.id, tree.committee.id],
    });
    expect(res.data!.allOrganizations).toEqual([
      { name: '贵州省商务厅', childCount: 3, enterpriseCount: 4 },
      { name: '贵州省湖南商会', childCount: 4, enterpriseCount: 3 },
      { name: '贵州省四川商会', childCount: 1, enterpriseCount: 1 },
      { name: '贵州省湖南商会党委', childCount: 1, enterpriseCount: 0 },
    ]);
  });

  it('gives the same counts for one organization as for a page', async () => {
    for (const org of [tree.agency, tree.hunan, tree.committee]) {
      const one = await t.gql(`query($id: ID!) { Organization(id: $id) { childCount enterpriseCount } }`, { id: org.id });
      const page = await t.gql(`query($id: ID!) { allOrganizations(filter: { ids: [$id] }) { childCount enterpriseCount } }`, { id: org.id });
      expect(one.data!.Organization).toEqual(page.data!.allOrganizations[0]);
    }
  });

  it('updates with the version read, and refuses a stale version without overwriting', async () => {
    const first = await t.gql(`mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, version: $v, phone: "0851-88886666") { phone version } }`, {
      id: tree.zhejiang.id,
      v: tree.zhejiang.version,
    });
    expect(first.data!.updateOrganization).toEqual({ phone: '0851-88886666', version: tree.zhejiang.version + 1 });
    const stale = await t.gql(`mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, version: $v, phone: "0851-11112222") { phone } }`, {
      id: tree.zhejiang.id,
      v: tree.zhejiang.version,
    });
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
    expect(stale.errors![0].extensions!.reason).toBe('staleVersion');
    const now = await t.gql(`query($id: ID!) { Organization(id: $id) { phone version } }`, { id: tree.zhejiang.id });
    expect(now.data!.Organization).toEqual({ phone: '0851-88886666', version: tree.zhejiang.version + 1 });
  });

  it('keeps the pinyin order current when a name changes', async () => {
    const chamber = await createOrg(t, { kind: 'CHAMBER', name: '贵州省安徽商会', parentId: tree.agency.id, originProvince: '安徽' });
    await t.gql(`mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, version: $v, name: "贵州省云南商会", originProvince: "云南") { id } }`, { id: chamber.id, v: chamber.version });
    const sorted = (await names({ filter: { kind: 'CHAMBER' }, sortField: 'name' })).names;
    expect(sorted[sorted.length - 1]).toBe('贵州省浙江商会');
    expect(sorted[sorted.length - 2]).toBe('贵州省云南商会');
    await t.gql(`mutation($id: ID!) { deleteOrganization(id: $id) { id } }`, { id: chamber.id });
  });

  it('moves a whole subtree, and refuses to move an organization under itself', async () => {
    const group = await createOrg(t, { kind: 'COORDINATION_GROUP', name: '协调小组', parentId: tree.agency.id });
    const chamber = await createOrg(t, { kind: 'CHAMBER', name: '贵州省江西商会', parentId: tree.agency.id, originProvince: '江西' });
    const enterprise = await createOrg(t, { kind: 'ENTERPRISE', name: '贵州赣黔实业有限公司', parentId: chamber.id });
    const moved = await t.gql(`mutation($id: ID!, $v: Int!, $p: ID) { updateOrganization(id: $id, version: $v, parentId: $p) { depth parent { name } } }`, {
      id: chamber.id,
      v: chamber.version,
      p: group.id,
    });
    expect(moved.data!.updateOrganization).toEqual({ depth: 2, parent: { name: '协调小组' } });
    expect((await names({ filter: { descendantsOf: group.id } })).names.sort()).toEqual(['贵州省江西商会', '贵州赣黔实业有限公司'].sort());
    const child = await t.gql(`query($id: ID!) { Organization(id: $id) { depth ancestors { name } } }`, { id: enterprise.id });
    expect(child.data!.Organization).toEqual({ depth: 3, ancestors: [{ name: '贵州省商务厅' }, { name: '协调小组' }, { name: '贵州省江西商会' }] });

    const cycle = await t.gql(`mutation($id: ID!, $v: Int!, $p: ID) { updateOrganization(id: $id, version: $v, parentId: $p) { id } }`, {
      id: tree.agency.id,
      v: tree.agency.version,
      p: group.id,
    });
    expect(cycle.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(cycle.errors![0].extensions!.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'parentId', constraint: 'cycle' })]));
  });

  it('enforces where each kind may sit and which fields it has', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ kind: 'ENTERPRISE', name: '无主企业' }, 'parentId', 'parentRequired'],
      [{ kind: 'ENTERPRISE', name: '挂错企业', parentId: tree.agency.id }, 'parentId', 'parentKind'],
      [{ kind: 'CHAMBER', name: '无籍商会', parentId: tree.agency.id }, 'originProvince', 'required'],
      [{ kind: 'CHAMBER', name: '火星商会', parentId: tree.agency.id, originProvince: '火星' }, 'originProvince', 'province'],
      [{ kind: 'BRANCH', name: '错宿主支部', parentId: tree.committee.id, hostId: tree.agency.id }, 'hostId', 'hostKind'],
      [{ kind: 'BRANCH', name: '有行业支部', parentId: tree.committee.id, industry: '制造业' }, 'industry', 'notApplicable'],
      [{ kind: 'ENTERPRISE', name: '贵州湘黔建材有限公司', parentId: tree.hunan.id }, 'name', 'taken'],
      [{ kind: 'ENTERPRISE', name: '重码企业', parentId: tree.hunan.id, creditCode: tree.enterprises[0].creditCode }, 'creditCode', 'taken'],
      [{ kind: 'BRANCH', name: '不存在上级', parentId: '987654' }, 'parentId', 'notFound'],
    ];
    for (const [fields, field, constraint] of cases) {
      const names = Object.keys(fields);
      const types: Record<string, string> = { kind: 'OrganizationKind!', name: 'String!', parentId: 'ID', hostId: 'ID' };
      const res = await t.gql(
        `mutation(${names.map((n) => `$${n}: ${types[n] ?? 'String'}`).join(', ')}) { createOrganization(${names.map((n) => `${n}: $${n}`).join(', ')}) { id } }`,
        fields,
      );
      expect({ fields, code: res.errors?.[0].extensions?.code }).toEqual({ fields, code: 'BAD_USER_INPUT' });
      expect(res.errors![0].extensions!.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field, constraint })]));
    }
    // A refused parent names the kinds that may be the parent, for the form to list them.
    const branch = await t.gql(`mutation($p: ID, $h: ID) { createOrganization(kind: BRANCH, name: "挂在企业下的支部", parentId: $p, hostId: $h) { id } }`, { p: tree.enterprises[0].id, h: tree.enterprises[0].id });
    expect(branch.errors![0].extensions!.fields).toEqual([
      expect.objectContaining({ field: 'parentId', constraint: 'parentKind', params: { kind: 'BRANCH', parentKind: 'ENTERPRISE', allowed: 'AGENCY,CHAMBER,PARTY_COMMITTEE,GENERAL_BRANCH' } }),
    ]);
  });

  it('archives instead of deleting what others refer to, and restores', async () => {
    const refused = await t.gql(`mutation($id: ID!) { deleteOrganization(id: $id) { id } }`, { id: tree.hunan.id });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'referenced' });

    const withChildren = await t.gql(`mutation($id: ID!, $v: Int!) { archiveOrganization(id: $id, version: $v) { id } }`, { id: tree.sichuan.id, v: tree.sichuan.version });
    expect(withChildren.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'hasActiveChildren' });

    const leaf = tree.sichuanEnterprise;
    const archived = await t.gql(`mutation($id: ID!, $v: Int!) { archiveOrganization(id: $id, version: $v) { archivedAt version } }`, { id: leaf.id, v: leaf.version });
    expect(archived.data!.archiveOrganization.archivedAt).toEqual(expect.any(String));
    expect((await names({ filter: { parentId: tree.sichuan.id } })).count).toBe(0);
    expect((await names({ filter: { parentId: tree.sichuan.id, archived: true } })).names).toEqual(['贵州川渝商贸有限公司']);

    const byId = await names({ filter: { ids: [leaf.id] } });
    expect(byId.names).toEqual(['贵州川渝商贸有限公司']);
    expect((await names({ filter: { ids: [leaf.id], archived: false } })).count).toBe(0);

    const restored = await t.gql(`mutation($id: ID!, $v: Int!) { restoreOrganization(id: $id, version: $v) { archivedAt } }`, {
      id: leaf.id,
      v: archived.data!.archiveOrganization.version,
    });
    expect(restored.data!.restoreOrganization.archivedAt).toBeNull();

    const hostingEnterprise = tree.enterprises[0];
    const hosting = await t.gql(`mutation($id: ID!, $v: Int!) { archiveOrganization(id: $id, version: $v) { id } }`, { id: hostingEnterprise.id, v: hostingEnterprise.version });
    expect(hosting.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'hostsActive', hosted: 1 });

    const deletable = await createOrg(t, { kind: 'ENTERPRISE', name: '临时企业', parentId: tree.zhejiang.id, creditCode: freshCreditCode() });
    const staleDelete = await t.gql(`mutation($id: ID!) { deleteOrganization(id: $id, version: 7) { name } }`, { id: deletable.id });
    expect(staleDelete.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'staleVersion' });
    const deleted = await t.gql(`mutation($id: ID!, $v: Int) { deleteOrganization(id: $id, version: $v) { name } }`, { id: deletable.id, v: deletable.version });
    expect(deleted.data!.deleteOrganization.name).toBe('临时企业');
    const gone = await t.gql(`query($id: ID!) { Organization(id: $id) { id } }`, { id: deletable.id });
    expect(gone.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('answers a missing id with NOT_FOUND', async () => {
    for (const id of ['999999', 'abc', '0', '-1', '1.5']) {
      const res = await t.gql(`query($id: ID!) { Organization(id: $id) { id } }`, { id });
      expect(res.errors![0].extensions!.code).toBe('NOT_FOUND');
    }
  });

  it('returns every field it stores', async () => {
    const code = freshCreditCode();
    const created = await createOrg(t, {
      kind: 'ENTERPRISE',
      name: '  贵州湘江餐饮管理有限公司  ',
      parentId: tree.hunan.id,
      creditCode: code,
      industry: '住宿和餐饮业',
      employeeCount: 42,
      foundedOn: '2016-02-29',
      address: '贵阳市南明区',
      phone: '0851-85550000',
    });
    const res = await t.gql(`query($id: ID!) { Organization(id: $id) { ${ORG_FIELDS} } }`, { id: created.id });
    expect(res.data!.Organization).toMatchObject({
      name: '贵州湘江餐饮管理有限公司',
      creditCode: code,
      employeeCount: 42,
      foundedOn: '2016-02-29',
      status: 'NORMAL',
      depth: 2,
      version: 1,
    });
  });
});
