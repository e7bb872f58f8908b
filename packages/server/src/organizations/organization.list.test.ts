import { UserRole } from '../access/roles';
import { DIALECTS } from '../test/databases';
import { buildSmallTree, createOrg, ORG_FIELDS } from '../test/fixtures';
import { startTestServer, type Gql, type TestServer } from '../test/server';

// Every field of Organization, relations with every field of theirs, and both counts.
const ALL = `${ORG_FIELDS} namePinyin createdAt updatedAt childCount enterpriseCount`;
const FULL = `${ALL} parent { ${ALL} } host { ${ALL} }`;

describe.each(DIALECTS)('a list page on %s', (dialect) => {
  let t: TestServer;
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;
  let coordinator: Gql;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    tree = await buildSmallTree(t);
    const leaf = await createOrg(t, { kind: 'ENTERPRISE', name: '贵州湘远归档物流有限公司', parentId: tree.hunan.id, foundedOn: '2011-09-30', employeeCount: 7 });
    const archived = await t.gql(`mutation($id: ID!, $v: Int!) { archiveOrganization(id: $id, version: $v) { id } }`, { id: leaf.id, v: leaf.version });
    expect(archived.errors).toBeUndefined();
    coordinator = (await t.userFor(UserRole.COORDINATOR, tree.hunan.id)).gql;
  });
  afterAll(() => t.stop());

  /** Each row of the list, field for field, as the single-organization query shows it. */
  const expectListMatchesLookups = async (gql: Gql, filter: Record<string, unknown>, selection: string) => {
    const list = await gql(`query($filter: OrganizationFilter) { allOrganizations(filter: $filter, perPage: 100, sortField: "name") { ${selection} } }`, { filter });
    expect(list.errors).toBeUndefined();
    const rows = list.data!.allOrganizations as { id: string }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const one = await gql(`query($id: ID!) { Organization(id: $id) { ${selection} } }`, { id: row.id });
      expect(one.errors).toBeUndefined();
      expect(row).toEqual(one.data!.Organization);
    }
    return rows;
  };

  it('reads every field, dates and numbers included, exactly as a lookup by id does', async () => {
    const rows = await expectListMatchesLookups(t.gql, {}, FULL);
    expect(rows.map((r) => (r as unknown as { kind: string }).kind)).toEqual(expect.arrayContaining(['AGENCY', 'CHAMBER', 'ENTERPRISE', 'PARTY_COMMITTEE', 'BRANCH']));
  });

  it('does the same for archived rows', async () => {
    const rows = await expectListMatchesLookups(t.gql, { archived: true }, FULL);
    expect(rows).toEqual([expect.objectContaining({ name: '贵州湘远归档物流有限公司', foundedOn: '2011-09-30', employeeCount: 7, archivedAt: expect.any(String) })]);
  });

  it('answers a few fields, through fragments and aliases, as the full rows do', async () => {
    const selection = `...Row up: parent { name } parent { id kind } boss: host { ... on Organization { shortName } }`;
    const list = await t.gql(`fragment Row on Organization { id name childCount } { allOrganizations(perPage: 100, sortField: "name") { ${selection} } }`);
    expect(list.errors).toBeUndefined();
    const full = await t.gql(`{ allOrganizations(perPage: 100, sortField: "name") { ${FULL} } }`);
    const expected = (full.data!.allOrganizations as Record<string, any>[]).map((o) => ({
      id: o.id,
      name: o.name,
      childCount: o.childCount,
      up: o.parent && { name: o.parent.name },
      parent: o.parent && { id: o.parent.id, kind: o.parent.kind },
      boss: o.host && { shortName: o.host.shortName },
    }));
    expect(list.data!.allOrganizations).toEqual(expected);
  });

  it('shows relations out of the viewer scope as missing, as lookups do', async () => {
    const rows = await expectListMatchesLookups(coordinator, {}, FULL);
    const chamber = rows.find((r) => r.id === tree.hunan.id) as unknown as { parent: unknown };
    expect(chamber.parent).toBeNull();
  });

  it('orders pages the same way for every sort, page after page', async () => {
    for (const sortField of ['id', 'name', 'kind', 'status', 'foundedOn', 'employeeCount', 'depth', 'createdAt']) {
      for (const sortOrder of ['ASC', 'DESC']) {
        const all = await t.gql(`query($s: String, $o: String) { allOrganizations(sortField: $s, sortOrder: $o, perPage: 100) { id } }`, { s: sortField, o: sortOrder });
        const paged: string[] = [];
        for (let page = 0; page < 4; page += 1) {
          const res = await t.gql(`query($s: String, $o: String, $p: Int) { allOrganizations(sortField: $s, sortOrder: $o, perPage: 3, page: $p) { id } }`, { s: sortField, o: sortOrder, p: page });
          paged.push(...res.data!.allOrganizations.map((o: { id: string }) => o.id));
        }
        expect(paged).toEqual(all.data!.allOrganizations.map((o: { id: string }) => o.id));
      }
    }
  });
});
