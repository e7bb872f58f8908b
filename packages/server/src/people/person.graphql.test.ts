import { UserRole } from '../access/roles';
import { DIALECTS, snapshotTables } from '../test/databases';
import { buildSmallTree } from '../test/fixtures';
import { nationalIdCheckCharacter } from '../common/national-id';
import { createPerson, freshNationalId, PERSON_FIELDS } from '../test/people-fixtures';
import { startTestServer, type Gql, type TestServer } from '../test/server';

const LIST = `query($filter: PersonFilter, $sortField: String, $sortOrder: String) {
  allPeople(filter: $filter, sortField: $sortField, sortOrder: $sortOrder, perPage: 100) { id name nationalId }
  _allPeopleMeta(filter: $filter) { count }
}`;

describe.each(DIALECTS)('people through GraphQL on %s', (dialect) => {
  let t: TestServer;
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;
  let coordinator: Gql;
  let staff: Gql;
  let sichuanStaff: Gql;
  const zhangId = freshNationalId('1988-03-09', 'MALE');

  beforeAll(async () => {
    t = await startTestServer(dialect);
    tree = await buildSmallTree(t);
    coordinator = (await t.userFor(UserRole.COORDINATOR, tree.hunan.id)).gql;
    staff = (await t.userFor(UserRole.STAFF, tree.hunan.id)).gql;
    sichuanStaff = (await t.userFor(UserRole.STAFF, tree.sichuan.id)).gql;
    await createPerson(t.gql, { name: '张三丰', organizationId: tree.branch.id, employerId: tree.enterprises[0].id, nationalId: zhangId, membershipStatus: 'FULL', fullMemberSince: '2010-07-01', admittedOn: '2009-07-01' });
    await createPerson(t.gql, { name: '李四', organizationId: tree.committee.id, membershipStatus: 'LEFT', phone: '13800000001' });
    await createPerson(t.gql, { name: '王五', organizationId: tree.sichuanEnterprise.id, membershipStatus: 'FULL', relation: 'FLOW_IN' });
  });
  afterAll(() => t.stop());

  const list = async (gql: Gql, variables: Record<string, unknown>) => {
    const res = await gql(LIST, variables);
    expect(res.errors).toBeUndefined();
    return { people: res.data!.allPeople as { id: string; name: string; nationalId: string | null }[], count: res.data!._allPeopleMeta.count as number };
  };

  it('takes the birth date and gender from the national id and keeps the id sealed at rest', async () => {
    const id = freshNationalId('1995-11-30', 'FEMALE');
    const person = await createPerson(t.gql, { name: '赵敏', organizationId: tree.branch.id, nationalId: id.toLowerCase() });
    expect(person).toMatchObject({ gender: 'FEMALE', birthDate: '1995-11-30', nationalId: `${id.slice(0, 4)}************${id.slice(-2)}`, membershipStatus: 'NON_MEMBER', relation: 'REGISTERED', votes: false });
    expect((await t.gql(`mutation($id: ID!) { revealNationalId(id: $id) }`, { id: person.id })).data!.revealNationalId).toBe(id);
    const [row] = await t.dataSource.query('SELECT * FROM person WHERE id = ?', [Number(person.id)]);
    expect(JSON.stringify(row)).not.toContain(id.slice(6, 14));
    expect(row.nationalIdSealed).toMatch(/^v1\./);
  });

  it('masks national ids in every read, and shows one whole only as an audited view to roles that may read it', async () => {
    const masked = `${zhangId.slice(0, 4)}************${zhangId.slice(-2)}`;
    for (const gql of [t.gql, coordinator, staff]) expect((await list(gql, { filter: { q: '张三丰' } })).people[0].nationalId).toBe(masked);
    const zhang = (await list(coordinator, { filter: { q: '张三丰' } })).people[0];
    const reveal = `mutation($id: ID!) { revealNationalId(id: $id) }`;
    const viewsBefore = Number((await t.dataSource.query("SELECT COUNT(*) AS n FROM audit_entry WHERE action = 'person.viewNationalId'"))[0].n);
    expect((await coordinator(reveal, { id: zhang.id })).data!.revealNationalId).toBe(zhangId);
    const [view] = await t.dataSource.query("SELECT actorName, recordType, recordId, changes FROM audit_entry WHERE action = 'person.viewNationalId' ORDER BY id DESC LIMIT 1");
    expect(view).toMatchObject({ recordType: 'Person', recordId: String(zhang.id) });
    expect(JSON.stringify(view)).not.toContain(zhangId);
    // Staff may not; another chamber's coordinator finds no such person; neither view is written.
    expect((await staff(reveal, { id: zhang.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const sichuanCoordinator = (await t.userFor(UserRole.COORDINATOR, tree.sichuan.id)).gql;
    expect((await sichuanCoordinator(reveal, { id: zhang.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(Number((await t.dataSource.query("SELECT COUNT(*) AS n FROM audit_entry WHERE action = 'person.viewNationalId'"))[0].n)).toBe(viewsBefore + 1);
  });

  it('takes the masked id sent back unchanged as unchanged, and refuses any other masked value', async () => {
    const id = freshNationalId('1986-02-02', 'MALE');
    const person = await createPerson(coordinator, { name: '回传', organizationId: tree.branch.id, nationalId: id, phone: '13800000009' });
    const update = `mutation($id: ID!, $v: Int!, $n: String, $p: String) { updatePerson(id: $id, version: $v, nationalId: $n, phone: $p) { version nationalId phone } }`;
    for (const gql of [coordinator, staff]) {
      const current = (await gql(`query($id: ID!) { Person(id: $id) { version nationalId } }`, { id: person.id })).data!.Person;
      const saved = await gql(update, { id: person.id, v: current.version, n: current.nationalId, p: '13800000010' });
      expect(saved.errors).toBeUndefined();
      expect(saved.data!.updatePerson.nationalId).toBe(current.nationalId);
    }
    expect((await t.gql(`mutation($id: ID!) { revealNationalId(id: $id) }`, { id: person.id })).data!.revealNationalId).toBe(id);
    const current = (await coordinator(`query($id: ID!) { Person(id: $id) { version } }`, { id: person.id })).data!.Person;
    const other = await coordinator(update, { id: person.id, v: current.version, n: `${zhangId.slice(0, 4)}************${zhangId.slice(-2)}` });
    expect(other.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'nationalId', constraint: 'masked' })]);
    const created = await coordinator(`mutation($o: ID!, $n: String) { createPerson(name: "掩码", organizationId: $o, nationalId: $n) { id } }`, { o: tree.branch.id, n: '5201************12' });
    expect(created.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'nationalId', constraint: 'masked' })]);
  });

  it('finds people by a whole national id only for roles that may read national ids', async () => {
    expect((await list(coordinator, { filter: { q: zhangId } })).people.map((p) => p.name)).toEqual(['张三丰']);
    expect((await list(staff, { filter: { q: zhangId } })).count).toBe(0);
  });

  it('searches names, pinyin initials and phone numbers, and sorts in pinyin order', async () => {
    expect((await list(t.gql, { filter: { q: 'zsf' } })).people.map((p) => p.name)).toEqual(['张三丰']);
    for (const q of ['zhangsanfeng', 'zhang sanfeng', 'sanfeng']) expect({ q, names: (await list(t.gql, { filter: { q } })).people.map((p) => p.name) }).toEqual({ q, names: ['张三丰'] });
    expect((await list(t.gql, { filter: { q: '13800000001' } })).people.map((p) => p.name)).toEqual(['李四']);
    expect((await list(t.gql, { filter: { q: '50%' } })).count).toBe(0);
    const sorted = await list(t.gql, { filter: { ids: undefined }, sortField: 'name' });
    const names = sorted.people.map((p) => p.name).filter((n) => ['李四', '王五', '张三丰'].includes(n));
    expect(names).toEqual(['李四', '王五', '张三丰']);
  });

  it('finds people by the name or short name of the organization that keeps them, within the caller\'s scope', async () => {
    const branch = (await list(t.gql, { filter: { q: '湘黔建材' } })).people.map((p) => p.name);
    expect(branch).toContain('张三丰');
    expect(branch).not.toContain('李四');
    expect((await list(t.gql, { filter: { q: '湖南商会党委' } })).people.map((p) => p.name)).toEqual(['李四']);
    expect((await list(t.gql, { filter: { q: '川渝' } })).people.map((p) => p.name)).toEqual(['王五']);
    expect((await list(staff, { filter: { q: '川渝' } })).count).toBe(0);
    expect((await list(sichuanStaff, { filter: { q: '川渝' } })).people.map((p) => p.name)).toEqual(['王五']);
  });

  it('filters by organization subtree, status and relation, and counts what it lists', async () => {
    expect((await list(t.gql, { filter: { withinOrganization: tree.hunan.id, membershipStatus: 'FULL' } })).people.map((p) => p.name)).toEqual(['张三丰']);
    expect((await list(t.gql, { filter: { relation: 'FLOW_IN' } })).people.map((p) => p.name)).toEqual(['王五']);
    expect((await list(t.gql, { filter: { membershipStatus_in: ['LEFT', 'FULL'], withinOrganization: tree.hunan.id } })).count).toBe(2);
  });

  it('keeps chamber staff to their own chamber: another chamber\'s people do not exist for them', async () => {
    const wang = (await list(t.gql, { filter: { q: '王五' } })).people[0];
    expect((await list(staff, { filter: { q: '王五' } })).count).toBe(0);
    const res = await staff(`query($id: ID!) { Person(id: $id) { id } }`, { id: wang.id });
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await list(sichuanStaff, { filter: { q: '王五' } })).count).toBe(1);
    const moved = await staff(`mutation($o: ID!) { createPerson(name: "越界", organizationId: $o) { id } }`, { o: tree.sichuanEnterprise.id });
    expect(moved.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'organizationId', constraint: 'notFound' }] });
  });

  it('refuses bad national ids, duplicates and contradictions, changing nothing', async () => {
    const before = await snapshotTables(t.dataSource);
    const refuse = async (fields: Record<string, unknown>, field: string, constraint: string) => {
      const res = await t.gql(`mutation($n: String, $b: String, $g: Gender, $o: ID!, $e: ID) { createPerson(name: "错", organizationId: $o, nationalId: $n, birthDate: $b, gender: $g, employerId: $e) { id } }`, {
        o: tree.branch.id,
        ...fields,
      });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field, constraint })]));
    };
    // Each refusal names the part of the id that is wrong.
    const withCheck = (body: string) => body + nationalIdCheckCharacter(body);
    await refuse({ n: `${zhangId.slice(0, 17)}${zhangId[17] === '0' ? '1' : '0'}` }, 'nationalId', 'nationalIdCheck');
    await refuse({ n: '5201021990023012' }, 'nationalId', 'nationalId');
    await refuse({ n: withCheck('52010219990230123') }, 'nationalId', 'nationalIdBirthDate');
    await refuse({ n: withCheck('52010220991231123') }, 'nationalId', 'nationalIdBirthDate');
    await refuse({ n: withCheck('99999919900101123') }, 'nationalId', 'nationalIdRegion');
    await refuse({ b: '2099-01-01' }, 'birthDate', 'future');
    await refuse({ b: '1901-01-01' }, 'birthDate', 'implausibleAge');
    await refuse({ n: zhangId }, 'nationalId', 'taken');
    await refuse({ n: freshNationalId('1990-01-01', 'MALE'), b: '1991-01-01' }, 'birthDate', 'nationalIdMismatch');
    await refuse({ n: freshNationalId('1990-01-01', 'MALE'), g: 'FEMALE' }, 'gender', 'nationalIdMismatch');
    await refuse({ e: tree.committee.id }, 'employerId', 'employerKind');
    const keeper = await t.gql(`mutation($o: ID!) { createPerson(name: "错", organizationId: $o) { id } }`, { o: tree.agency.id });
    expect(keeper.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'organizationId', constraint: 'keeperKind' })]);
    const pipeline = await t.gql(`mutation($o: ID!) { createPerson(name: "错", organizationId: $o, membershipStatus: ACTIVIST) { id } }`, { o: tree.branch.id });
    expect(pipeline.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'membershipStatus', constraint: 'pipelineStatus' })]);
    const phone = await t.gql(`mutation($o: ID!) { createPerson(name: "错", organizationId: $o, phone: "1380<script>") { id } }`, { o: tree.branch.id });
    expect(phone.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const withPhone = `mutation($o: ID!, $p: String) { createPerson(name: "错", organizationId: $o, phone: $p) { id } }`;
    for (const p of ['1380013', '12345678901', '138001380001', '8555123', '+1 415 555 0100', '0851', '16012345678', '14012345678', '19412345678']) {
      const res = await t.gql(withPhone, { o: tree.branch.id, p });
      expect(res.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'phone', constraint: 'phone' })]);
    }
    const dates = `mutation($o: ID!, $a: String, $f: String) { createPerson(name: "错", organizationId: $o, membershipStatus: FULL, admittedOn: $a, fullMemberSince: $f) { id } }`;
    const future = await t.gql(dates, { o: tree.branch.id, a: '2030-07-01', f: '2031-07-01' });
    expect(future.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'admittedOn', constraint: 'future' }),
      expect.objectContaining({ field: 'fullMemberSince', constraint: 'future' }),
    ]);
    // Nothing changed but the trail: the one conflict on a national id is an audit entry.
    const { audit_entry: auditBefore, ...restBefore } = before;
    const { audit_entry: auditAfter, ...restAfter } = await snapshotTables(t.dataSource);
    expect(restAfter).toEqual(restBefore);
    expect(Number(auditAfter.split(':')[0]) - Number(auditBefore.split(':')[0])).toBe(1);
    const [entry] = await t.dataSource.query('SELECT action, changes FROM audit_entry ORDER BY id DESC LIMIT 1');
    expect(entry.action).toBe('uniqueness.conflict');
    expect(JSON.stringify(entry.changes)).not.toContain(zhangId);
  });

  it('accepts mobile numbers and landlines with an area code as people write them', async () => {
    for (const phone of ['13800138000', '138 0013 8000', '+86 138-0013-8000', '0086 19912345678', '(0851) 8555 1234', '0851-85551234', '010-12345678', '08517654321']) {
      const person = await createPerson(t.gql, { name: '钱八', organizationId: tree.branch.id, phone });
      expect(person.phone).toBe(phone);
    }
  });

  it('updates with the version read, refuses a stale one, and audits with the national id masked', async () => {
    const person = await createPerson(t.gql, { name: '孙七', organizationId: tree.branch.id });
    const newId = freshNationalId('1980-02-29', 'MALE');
    const res = await t.gql(`mutation($id: ID!, $v: Int!, $n: String) { updatePerson(id: $id, version: $v, nationalId: $n, posts: "理事") { ${PERSON_FIELDS} } }`, {
      id: person.id,
      v: person.version,
      n: newId,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updatePerson).toMatchObject({ birthDate: '1980-02-29', gender: 'MALE', posts: '理事', version: person.version + 1 });
    const stale = await t.gql(`mutation($id: ID!, $v: Int!) { updatePerson(id: $id, version: $v, posts: "会长") { id } }`, { id: person.id, v: person.version });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'staleVersion' });
    const audit = await t.gql(`query($r: String) { allAuditEntries(filter: { recordType: "Person", recordId: $r }, sortField: "id", sortOrder: "ASC") { action changes } }`, { r: person.id });
    const entries = audit.data!.allAuditEntries as { action: string; changes: Record<string, [unknown, unknown]> }[];
    expect(entries.map((e) => e.action)).toEqual(['person.create', 'person.update']);
    expect(JSON.stringify(entries)).not.toContain(newId.slice(2, 16));
    expect(entries[1].changes.nationalId[1]).toMatch(/\*\*\*/);
    expect(entries[1].changes.posts).toEqual([null, '理事']);
  });

  it('archives and restores people, and deletes one nothing refers to', async () => {
    const person = await createPerson(t.gql, { name: '周八', organizationId: tree.committee.id });
    const archived = await t.gql(`mutation($id: ID!, $v: Int!) { archivePerson(id: $id, version: $v) { archivedAt version } }`, { id: person.id, v: person.version });
    expect(archived.data!.archivePerson.archivedAt).not.toBeNull();
    expect((await list(t.gql, { filter: { q: '周八' } })).count).toBe(0);
    expect((await list(t.gql, { filter: { q: '周八', archived: true } })).count).toBe(1);
    const restored = await t.gql(`mutation($id: ID!, $v: Int!) { restorePerson(id: $id, version: $v) { archivedAt version } }`, { id: person.id, v: archived.data!.archivePerson.version });
    expect(restored.data!.restorePerson.archivedAt).toBeNull();
    const deleted = await t.gql(`mutation($id: ID!) { deletePerson(id: $id) { name } }`, { id: person.id });
    expect(deleted.data!.deletePerson.name).toBe('周八');
    expect((await list(t.gql, { filter: { q: '周八' } })).count).toBe(0);
  });

  it('resolves the keeping organization and the employer', async () => {
    const res = await t.gql(`query { allPeople(filter: { q: "张三丰" }) { organization { name } employer { name kind } votes } }`);
    expect(res.data!.allPeople).toEqual([{ organization: { name: '贵州湘黔建材有限公司党支部' }, employer: { name: '贵州湘黔建材有限公司', kind: 'ENTERPRISE' }, votes: true }]);
  });
});
