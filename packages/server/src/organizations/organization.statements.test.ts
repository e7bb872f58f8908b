import { DIALECTS } from '../test/databases';
import { createOrg } from '../test/fixtures';
import { startTestServer, type TestServer } from '../test/server';

const PAGE = `query($perPage: Int, $filter: OrganizationFilter) {
  allOrganizations(perPage: $perPage, sortField: "name", filter: $filter) {
    id name kind parent { id name } host { id name } childCount enterpriseCount
  }
}`;

describe.each(DIALECTS)('SQL statements per list page on %s', (dialect) => {
  let t: TestServer;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    const agency = await createOrg(t, { kind: 'AGENCY', name: '贵州省商务厅' });
    const provinces = ['湖南', '四川', '浙江', '福建', '广东', '江西', '重庆', '江苏', '河南', '湖北', '安徽', '山东'];
    for (const province of provinces) {
      const chamber = await createOrg(t, { kind: 'CHAMBER', name: `贵州省${province}商会`, parentId: agency.id, originProvince: province });
      const committee = await createOrg(t, { kind: 'PARTY_COMMITTEE', name: `贵州省${province}商会党委`, parentId: chamber.id, hostId: chamber.id });
      for (let i = 0; i < 8; i += 1) {
        const enterprise = await createOrg(t, { kind: 'ENTERPRISE', name: `${province}企业${i}`, parentId: chamber.id });
        if (i < 2) await createOrg(t, { kind: 'BRANCH', name: `${province}企业${i}党支部`, parentId: committee.id, hostId: enterprise.id });
      }
    }
  });
  afterAll(() => t.stop());

  const statementsFor = async (perPage: number, filter: Record<string, unknown> = {}) => {
    t.counter.reset();
    const res = await t.gql(PAGE, { perPage, filter });
    expect(res.errors).toBeUndefined();
    expect(res.data!.allOrganizations).toHaveLength(perPage);
    return t.counter.count;
  };

  it('stays the same whatever the page size, relations and counts included', async () => {
    const small = await statementsFor(10);
    const medium = await statementsFor(50);
    const large = await statementsFor(100);
    // The page statement brings rows, parents and counts; the host relation is one batched statement.
    for (const count of [small, medium, large]) expect(count).toBeLessThanOrEqual(2);
  });

  it('batches relations of relations too', async () => {
    t.counter.reset();
    const res = await t.gql(`{ allOrganizations(perPage: 100, filter: { kind: BRANCH }) { name parent { name childCount enterpriseCount parent { name } } host { name } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.allOrganizations).toHaveLength(24);
    // page + hosts + grandparents + the parents' two counts
    expect(t.counter.count).toBeLessThanOrEqual(5);
  });

  it('stays the same for a page of chambers, whose enterprise counts cover their subtrees', async () => {
    const few = await statementsFor(3, { kind: 'CHAMBER' });
    const many = await statementsFor(12, { kind: 'CHAMBER' });
    expect(many).toBe(few);
    const res = await t.gql(PAGE, { perPage: 12, filter: { kind: 'CHAMBER' } });
    for (const chamber of res.data!.allOrganizations) {
      expect(chamber.enterpriseCount).toBe(8);
      expect(chamber.childCount).toBe(9);
    }
  });
});
