import ExcelJS from 'exceljs';
import { UserRole } from '../access/roles';
import { nationalIdCheckCharacter } from '../common/national-id';
import { DIALECTS } from '../test/databases';
import { buildSmallTree, freshCreditCode } from '../test/fixtures';
import { createPerson, freshNationalId } from '../test/people-fixtures';
import { startTestServer, type TestServer } from '../test/server';
import { PROBE_BUDGET } from './uniqueness-guard';
import { UniquenessProbe } from './uniqueness-probe.entity';

const HEADER = ['姓名*', '所属组织*', '身份证号', '性别', '出生日期', '民族', '学历', '手机号', '工作单位', '职务', '党员状态', '组织关系', '入党日期', '转正日期'];
const PREVIEW = `mutation($f: String!, $c: String!) { previewPeopleImport(fileName: $f, contentBase64: $c) { rows created problems { row field constraint message } } }`;
const IMPORT = `mutation($f: String!, $c: String!) { importPeople(fileName: $f, contentBase64: $c) { rows created } }`;
const CREATE_PERSON = `mutation($o: ID!, $n: String) { createPerson(name: "候选", organizationId: $o, nationalId: $n) { id } }`;
const CREATE_ORG = `mutation($p: ID!, $name: String!, $c: String) { createOrganization(kind: ENTERPRISE, name: $name, parentId: $p, creditCode: $c) { id } }`;

async function sheet(ids: string[], organization: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('人员');
  ws.addRow(HEADER);
  ids.forEach((id, i) => ws.addRow([`候选${i + 1}`, organization, id]));
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/** The ids a masked `5201************53` view leaves open once the birth date is known: the county's two digits and the sequence. */
function candidatesFor(real: string): string[] {
  const out = new Set<string>([real]);
  for (let county = 1; county < 100 && out.size < 900; county += 1) {
    for (let seq = 0; seq < 1000 && out.size < 900; seq += 1) {
      const body = `${real.slice(0, 4)}${String(county).padStart(2, '0')}${real.slice(6, 14)}${String(seq).padStart(3, '0')}`;
      const id = body + nationalIdCheckCharacter(body);
      if (id.slice(-2) === real.slice(-2)) out.add(id);
    }
  }
  return [...out];
}

const probeSpent = async (t: TestServer, userId: number | string): Promise<number> => {
  const [row] = await t.dataSource.query('SELECT COALESCE(SUM(candidates), 0) AS spent FROM uniqueness_probe WHERE userId = ?', [Number(userId)]);
  return Number(row.spent);
};

describe.each(DIALECTS)('uniqueness without an oracle on %s', (dialect) => {
  let t: TestServer;
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    tree = await buildSmallTree(t);
  });
  afterAll(() => t.stop());

  const conflicts = async (userId: number | string) =>
    (await t.dataSource.query("SELECT recordId, changes FROM audit_entry WHERE action = 'uniqueness.conflict' AND actorId = ? ORDER BY id", [Number(userId)])) as { recordId: string; changes: string }[];

  it('a sheet of every candidate behind a masked id tells chamber staff nothing, wherever the real id sits, and charges them for each', async () => {
    const staff = await t.userFor(UserRole.STAFF, tree.hunan.id, 'oracle-staff');
    const real = freshNationalId('1979-04-21', 'MALE');
    const held = await createPerson(t.gql, { name: '持有人', organizationId: tree.branch.id, nationalId: real });
    const masked = (await staff.gql(`query($id: ID!) { Person(id: $id) { nationalId } }`, { id: held.id })).data!.Person.nationalId;
    expect(masked).toBe(`${real.slice(0, 4)}************${real.slice(-2)}`);

    const candidates = candidatesFor(real).filter((id) => id !== real);
    expect(candidates.length).toBeGreaterThanOrEqual(899);
    const answers: string[] = [];
    for (const position of [3, Math.floor(candidates.length / 2)]) {
      const ids = [...candidates];
      ids.splice(position, 0, real);
      const res = await staff.gql(PREVIEW, { f: '候选.xlsx', c: await sheet(ids, '贵州省湖南商会党委') });
      expect(res.errors).toBeUndefined();
      const outcome = res.data!.previewPeopleImport;
      expect(outcome.rows).toBe(ids.length);
      // No row is singled out: the refusal is the sheet's, and says neither "taken" nor where.
      expect(outcome.problems.every((p: { row: number; constraint: string }) => p.row === 0 && p.constraint === 'notAccepted')).toBe(true);
      expect(JSON.stringify(outcome)).not.toMatch(/taken|已登记|already/i);
      answers.push(JSON.stringify(outcome));
    }
    // The real id at row 4 or in the middle: the same answer, byte for byte.
    expect(answers[0]).toBe(answers[1]);
    // The preview wrote what a real import would: the conflict on the trail, under the holder's organization.
    const entries = await conflicts(staff.user.id);
    expect(entries.length).toBeGreaterThanOrEqual(1);
    expect(entries[0].recordId).toBe(String(held.id));
    expect(JSON.stringify(entries[0].changes)).not.toContain(real);
    expect(await probeSpent(t, staff.user.id)).toBeGreaterThanOrEqual(candidates.length);

    // Past the budget every id answers alike, recorded or new, and nothing is created.
    const fresh = await staff.gql(CREATE_PERSON, { o: tree.branch.id, n: freshNationalId('1991-01-01') });
    const taken = await staff.gql(CREATE_PERSON, { o: tree.branch.id, n: real });
    expect(fresh.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'nationalId', constraint: 'notAccepted' }] });
    expect(fresh.errors?.[0].extensions?.fields).toEqual(taken.errors?.[0].extensions?.fields);
    expect(fresh.errors?.[0].message).toBe(taken.errors?.[0].message);
    // A person without a national id is still recorded: the budget bounds guessing, not work.
    expect((await staff.gql(CREATE_PERSON, { o: tree.branch.id, n: null })).errors).toBeUndefined();
  });

  it('an id recorded in another chamber answers a coordinator like any refusal, and one in their own chamber as taken', async () => {
    const coordinator = await t.userFor(UserRole.COORDINATOR, tree.hunan.id, 'oracle-coordinator');
    const sichuanId = freshNationalId('1983-06-06', 'FEMALE');
    const ownId = freshNationalId('1984-07-07', 'FEMALE');
    await createPerson(t.gql, { name: '川人', organizationId: tree.sichuanEnterprise.id, nationalId: sichuanId });
    await createPerson(t.gql, { name: '湘人', organizationId: tree.branch.id, nationalId: ownId });

    const outside = await coordinator.gql(CREATE_PERSON, { o: tree.branch.id, n: sichuanId });
    expect(outside.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'nationalId', constraint: 'notAccepted' })]);
    expect(outside.errors?.[0].message + JSON.stringify(outside.errors?.[0].extensions)).not.toMatch(/taken|already|another person/);
    const inside = await coordinator.gql(CREATE_PERSON, { o: tree.branch.id, n: ownId });
    expect(inside.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'nationalId', constraint: 'taken' })]);

    // In a sheet, the outside id is not pinned to its row; the inside one is.
    const res = await coordinator.gql(PREVIEW, { f: 'x.xlsx', c: await sheet([freshNationalId('1990-01-02'), sichuanId, ownId], '贵州省湖南商会党委') });
    const problems = res.data!.previewPeopleImport.problems.map((p: { row: number; constraint: string }) => `${p.row}:${p.constraint}`);
    expect(problems).toEqual(['0:notAccepted', '4:taken']);
    // Both conflicts are on the trail; only the one the coordinator could not read is charged.
    expect((await conflicts(coordinator.user.id)).length).toBe(4);
    expect(await probeSpent(t, coordinator.user.id)).toBe(1 + 3);
  });

  it('a credit code held outside the caller\'s chamber answers like any refusal; inside it, as taken', async () => {
    const coordinator = await t.userFor(UserRole.COORDINATOR, tree.hunan.id, 'oracle-codes');
    const outside = await coordinator.gql(CREATE_ORG, { p: tree.hunan.id, name: '重码甲', c: tree.sichuanEnterprise.creditCode });
    expect(outside.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'creditCode', constraint: 'notAccepted' })]);
    expect(JSON.stringify(outside.errors)).not.toMatch(/taken|already used/);
    const inside = await coordinator.gql(CREATE_ORG, { p: tree.hunan.id, name: '重码乙', c: tree.enterprises[1].creditCode });
    expect(inside.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'creditCode', constraint: 'taken' })]);
    const entries = await conflicts(coordinator.user.id);
    expect(entries.map((e) => e.recordId)).toEqual([String(tree.sichuanEnterprise.id), String(tree.enterprises[1].id)]);
    // An unchanged code on an update is not tested again.
    const e = (await coordinator.gql(`query($id: ID!) { Organization(id: $id) { version creditCode } }`, { id: tree.enterprises[2].id })).data!.Organization;
    const update = await coordinator.gql(`mutation($id: ID!, $v: Int!, $c: String) { updateOrganization(id: $id, version: $v, creditCode: $c, employeeCount: 121) { id } }`, { id: tree.enterprises[2].id, v: e.version, c: e.creditCode });
    expect(update.errors).toBeUndefined();
    expect(await probeSpent(t, coordinator.user.id)).toBe(1);
  });

  it(`holds the budget at ${PROBE_BUDGET} candidates a day: one by one, the next after it is refused like a conflict`, async () => {
    const coordinator = await t.userFor(UserRole.COORDINATOR, tree.hunan.id, 'oracle-budget');
    for (let i = 0; i < PROBE_BUDGET; i += 1) {
      const res = await coordinator.gql(CREATE_ORG, { p: tree.hunan.id, name: `试探${i}`, c: tree.sichuanEnterprise.creditCode });
      expect((res.errors?.[0].extensions?.fields as { constraint: string }[])[0].constraint).toBe('notAccepted');
    }
    expect(await probeSpent(t, coordinator.user.id)).toBe(PROBE_BUDGET);
    const fresh = await coordinator.gql(CREATE_ORG, { p: tree.hunan.id, name: '新企业', c: freshCreditCode() });
    expect(fresh.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'creditCode', constraint: 'notAccepted' })]);
    const over = await t.dataSource.query("SELECT COUNT(*) AS n FROM audit_entry WHERE action = 'uniqueness.overBudget' AND actorId = ?", [Number(coordinator.user.id)]);
    expect(Number(over[0].n)).toBe(1);
    // The account is flagged for the administrators, and only they may read the flags.
    const flagged = await t.gql(`{ probingAccounts { userId user { username } candidates lastAt } }`);
    expect(flagged.data!.probingAccounts).toContainEqual(expect.objectContaining({ userId: String(coordinator.user.id), user: { username: 'oracle-budget' }, candidates: PROBE_BUDGET }));
    expect((await coordinator.gql(`{ probingAccounts { userId } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Another account is not held back by this one's budget.
    const other = await t.userFor(UserRole.COORDINATOR, tree.hunan.id, 'oracle-other');
    expect((await other.gql(CREATE_ORG, { p: tree.hunan.id, name: '新企业', c: freshCreditCode() })).errors).toBeUndefined();
    // A day later the budget is whole again.
    await t.dataSource.getRepository(UniquenessProbe).update({ userId: Number(coordinator.user.id) }, { at: new Date(Date.now() - 25 * 3600 * 1000) });
    expect((await coordinator.gql(CREATE_ORG, { p: tree.hunan.id, name: '次日企业', c: freshCreditCode() })).errors).toBeUndefined();
  });

  it('a real import refused over an unreadable id creates nobody and charges like its preview', async () => {
    const staff = await t.userFor(UserRole.STAFF, tree.hunan.id, 'oracle-import');
    const sichuanId = freshNationalId('1970-10-10');
    await createPerson(t.gql, { name: '川籍', organizationId: tree.sichuanEnterprise.id, nationalId: sichuanId });
    const before = (await t.dataSource.query('SELECT COUNT(*) AS n FROM person'))[0].n;
    const res = await staff.gql(IMPORT, { f: 'x.xlsx', c: await sheet([freshNationalId('1990-03-03'), sichuanId], '贵州省湖南商会党委') });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'rows.0.nationalId', constraint: 'notAccepted' }] });
    expect((await t.dataSource.query('SELECT COUNT(*) AS n FROM person'))[0].n).toBe(before);
    expect(await probeSpent(t, staff.user.id)).toBe(2);
  });
});
