import { UserRole } from '../access/roles';
import { DIALECTS } from '../test/databases';
import { createClass, createProgram } from '../test/training-fixtures';
import { buildSmallTree, createOrg, freshCreditCode } from '../test/fixtures';
import { createPerson, freshNationalId } from '../test/people-fixtures';
import { startTestServer, TEST_PASSWORD, type GraphQLResponse, type TestServer } from '../test/server';

// A value that must be unique, sent in several requests at once: one is saved, and each of the
// others hears the rule's own refusal (a 4xx code), never an internal error, on both databases.
// On MariaDB the requests' checks all run before any of them commits; the database's unique
// index or the rule's lock must settle it, and the losers must still be told why.
describe.each(DIALECTS)('the same unique value sent at once on %s', (dialect) => {
  let t: TestServer;
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    tree = await buildSmallTree(t);
  }, 60_000);
  afterAll(() => t.stop());

  /** Sends each request at once; one is saved and every other refused with one of `codes`. */
  async function oneWins(requests: (() => Promise<GraphQLResponse>)[], codes: string[]) {
    const answers = await Promise.all(requests.map((send) => send()));
    const refused = answers.filter((a) => a.errors).map((a) => String(a.errors![0].extensions?.code));
    expect({ saved: answers.length - refused.length, refusedWith: refused.filter((c) => !codes.includes(c)) }).toEqual({ saved: 1, refusedWith: [] });
    return answers;
  }

  it('a national id given to several people at once', async () => {
    const id = freshNationalId();
    const create = (n: number) => () =>
      t.gql(`mutation($n: String!, $o: ID!, $id: String) { createPerson(name: $n, organizationId: $o, nationalId: $id) { id } }`, { n: `同号${n}`, o: tree.branch.id, id });
    await oneWins([1, 2, 3, 4].map(create), ['BAD_USER_INPUT']);
    const rows = await t.gql(`query($q: String) { allPeople(filter: { q: $q }) { id } }`, { q: '同号' });
    expect(rows.data!.allPeople).toHaveLength(1);
  });

  it('a credit code given to several organizations at once', async () => {
    const code = freshCreditCode();
    const create = (n: number) => () =>
      t.gql(`mutation($n: String!, $p: ID!, $c: String) { createOrganization(kind: ENTERPRISE, name: $n, parentId: $p, creditCode: $c) { id } }`, { n: `同码企业${n}`, p: tree.hunan.id, c: code });
    await oneWins([1, 2, 3, 4].map(create), ['BAD_USER_INPUT']);
  });

  it('one name given to several organizations under the same parent at once', async () => {
    const create = () => t.gql(`mutation($p: ID!) { createOrganization(kind: ENTERPRISE, name: "同名企业", parentId: $p) { id } }`, { p: tree.hunan.id });
    await oneWins([create, create, create, create], ['BAD_USER_INPUT']);
    const rows = await t.gql(`query($p: ID) { allOrganizations(filter: { parentId: $p, q: "同名企业" }) { id } }`, { p: tree.hunan.id });
    expect(rows.data!.allOrganizations).toHaveLength(1);
  });

  it('a username given to several accounts at once', async () => {
    const create = (n: number) => () =>
      t.gql(`mutation($o: ID!, $d: String!, $p: String!) { createUser(username: "same.name", displayName: $d, role: COORDINATOR, organizationId: $o, password: $p) { id } }`, { o: tree.agency.id, d: `同名账号${n}`, p: `${TEST_PASSWORD}-x` });
    await oneWins([1, 2, 3, 4].map(create), ['BAD_USER_INPUT', 'CONFLICT']);
  });

  it('one enterprise taken into several joint branches at once', async () => {
    const enterprise = await createOrg(t, { kind: 'ENTERPRISE', name: '联合支部成员企业', parentId: tree.hunan.id });
    const branches = [];
    for (const n of [1, 2, 3]) branches.push(await createOrg(t, { kind: 'JOINT_BRANCH', name: `联合支部${n}`, parentId: tree.hunan.id }));
    const take = (b: Record<string, any>) => () =>
      t.gql(`mutation($b: ID!, $v: Int!, $e: [ID!]!) { setJointBranchEnterprises(jointBranchId: $b, version: $v, enterpriseIds: $e) { id } }`, { b: b.id, v: b.version, e: [enterprise.id] });
    await oneWins(branches.map(take), ['CONFLICT']);
  });

  it("one chamber's responsibility letter for a year signed several times at once", async () => {
    const sign = (n: number) => () =>
      t.gql(`mutation($c: ID!, $s: String!) { signResponsibilityLetter(chamberId: $c, year: 2026, signedOn: "2026-01-05", signatory: $s, targets: [{ area: SYSTEM, target: "健全党组织议事规则" }]) { id } }`, { c: tree.sichuan.id, s: `会长${n}` });
    await oneWins([1, 2, 3].map(sign), ['BAD_USER_INPUT', 'CONFLICT']);
  });

  it('a trainee checking in twice at once (a double tap): both answered as checked in, the session counted once', async () => {
    const personId = (await createPerson(t.gql, { name: '双击学员', organizationId: tree.branch.id })).id;
    const account = await t.userFor(UserRole.TRAINEE, tree.hunan.id);
    await t.dataSource.query(dialect === 'mysql' ? 'UPDATE `user` SET personId = ? WHERE id = ?' : 'UPDATE "user" SET personId = ? WHERE id = ?', [Number(personId), account.user.id]);
    const klass = await createClass(t.gql, (await createProgram(t.gql, tree.agency.id)).id);
    await account.gql(`mutation($c: ID!) { enrollMyself(classId: $c) { id } }`, { c: klass.id });
    const [session] = (await t.gql(`query($id: ID!) { TrainingClass(id: $id) { sessions { id checkInCode } } }`, { id: klass.id })).data!.TrainingClass.sessions;
    const tap = () => account.gql(`mutation($s: ID!, $c: String!) { checkIn(sessionId: $s, code: $c) { status hoursCredited } }`, { s: session.id, c: session.checkInCode });
    const answers = await Promise.all([tap(), tap(), tap()]);
    expect(answers.map((a) => a.errors ?? a.data!.checkIn)).toEqual(Array(3).fill({ status: 'ATTENDED', hoursCredited: 4 }));
  });
});
