import ExcelJS from 'exceljs';
import { UserRole } from '../access/roles';
import { DIALECTS, snapshotTables } from '../test/databases';
import { buildSmallTree, createOrg, freshCreditCode } from '../test/fixtures';
import { createPerson, freshNationalId } from '../test/people-fixtures';
import { startTestServer, type Gql, type TestServer } from '../test/server';
import { xlsxParts, zip } from '../test/zip';
import { nationalIdCheckCharacter } from '../common/national-id';
import { MAX_INFLATED_BYTES } from '../common/sheet-reader';

let digitSerial = 0;

/** A valid national id whose check character is a digit (one in eleven ends in X instead). */
function allDigitNationalId(birthDate: string): string {
  for (;;) {
    digitSerial += 1;
    const body = `110105${birthDate.replace(/-/g, '')}${String(digitSerial % 1000).padStart(3, '0')}`;
    const check = nationalIdCheckCharacter(body);
    if (check !== 'X') return body + check;
  }
}

const HEADER = ['姓名*', '所属组织*', '身份证号', '性别', '出生日期', '民族', '学历', '手机号', '工作单位', '职务', '党员状态', '组织关系', '入党日期', '转正日期'];

async function xlsx(rows: (string | null)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('人员');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

const PREVIEW = `mutation($f: String!, $c: String!) { previewPeopleImport(fileName: $f, contentBase64: $c) { rows created problems { row field constraint message } } }`;
const PREVIEW_ROWS = `mutation($f: String!, $c: String!) {
  previewPeopleImport(fileName: $f, contentBase64: $c) {
    rows
    problems { row field column constraint }
    preview { row name organization employer nationalId gender birthDate phone membershipStatus relation admittedOn fullMemberSince }
  }
}`;
const IMPORT = `mutation($f: String!, $c: String!) { importPeople(fileName: $f, contentBase64: $c) { rows created problems { row } } }`;

describe.each(DIALECTS)('people sheets on %s', (dialect) => {
  let t: TestServer;
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;
  let coordinator: { gql: Gql; token: string };
  let staff: { gql: Gql; token: string };

  beforeAll(async () => {
    t = await startTestServer(dialect);
    tree = await buildSmallTree(t);
    coordinator = await t.userFor(UserRole.COORDINATOR, tree.hunan.id);
    staff = await t.userFor(UserRole.STAFF, tree.hunan.id);
  });
  afterAll(() => t.stop());

  const good = () => [
    ['刘一', '贵州湘黔建材有限公司党支部', freshNationalId('1985-01-01', 'MALE'), '男', null, '汉族', '本科', '13500000001', '贵州湘黔建材有限公司', '理事', '正式党员', '组织关系在此', '2008-07-01', '2009-07-01'],
    ['陈二', '贵州省湖南商会党委', freshNationalId('1990-02-02', 'FEMALE'), null, null, '苗族', '大专', null, null, null, '群众', null, null, null],
  ];

  it('previews every row problem with its row number and writes nothing; an import with problems writes nothing either', async () => {
    const duplicate = freshNationalId('1988-08-08');
    const rows = [
      ...good(),
      ['错号', '贵州省湖南商会党委', `${duplicate.slice(0, 17)}${duplicate[17] === '1' ? '2' : '1'}`, null, null, null, null, null, null, null, null, null, null, null],
      ['重复甲', '贵州省湖南商会党委', duplicate, null, null, null, null, null, null, null, null, null, null, null],
      ['重复乙', '贵州省湖南商会党委', duplicate, null, null, null, null, null, null, null, null, null, null, null],
      ['无组织', '不存在的支部', null, '未知', null, null, null, null, null, null, null, null, null, null],
      ['外省', '贵州川渝商贸有限公司', null, null, null, null, null, null, null, null, null, null, null, null],
      [null, '贵州省湖南商会党委', null, null, '1990-02-30', null, null, null, null, null, null, null, null, null],
    ];
    const content = await xlsx(rows);
    const before = await snapshotTables(t.dataSource);
    const preview = await coordinator.gql(PREVIEW, { f: '人员.xlsx', c: content });
    expect(preview.errors).toBeUndefined();
    const outcome = preview.data!.previewPeopleImport;
    expect(outcome).toMatchObject({ rows: 8, created: 0 });
    const problems = outcome.problems.map((p: { row: number; field: string; constraint: string }) => `${p.row}:${p.field}:${p.constraint}`);
    expect(problems).toEqual([
      '4:nationalId:nationalIdCheck',
      '6:nationalId:duplicateInFile',
      '7:gender:choice',
      '7:organizationId:notFound',
      // Another chamber's enterprise is not there for a 湖南 coordinator.
      '8:organizationId:notFound',
      '9:name:required',
      '9:birthDate:localDate',
    ]);
    expect(outcome.problems[0].message).toBeTruthy();
    expect(await snapshotTables(t.dataSource)).toEqual(before);
    const refused = await coordinator.gql(IMPORT, { f: '人员.xlsx', c: content });
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'rows.4.nationalId', constraint: 'nationalIdCheck' })]));
    expect(await snapshotTables(t.dataSource)).toEqual(before);
  });

  it('refuses short and malformed phone numbers and party dates in the future, as createPerson does', async () => {
    const row = (name: string, phone: string | null, status: string, admittedOn: string | null, fullMemberSince: string | null) =>
      [name, '贵州省湖南商会党委', null, null, null, null, null, phone, null, null, status, null, admittedOn, fullMemberSince];
    const content = await xlsx([
      row('短号', '1234567', '群众', null, null),
      row('错号', '12345678901', '群众', null, null),
      row('未来', '13800138000', '正式党员', '2030-07-01', '2031-07-01'),
      row('座机', '0851-85551234', '正式党员', '2001-07-01', '2002-07-01'),
    ]);
    const before = await snapshotTables(t.dataSource);
    const outcome = (await coordinator.gql(PREVIEW_ROWS, { f: '人员.xlsx', c: content })).data!.previewPeopleImport;
    expect(outcome.problems).toEqual([
      { row: 2, field: 'phone', column: '手机号', constraint: 'phone' },
      { row: 3, field: 'phone', column: '手机号', constraint: 'phone' },
      { row: 4, field: 'admittedOn', column: '入党日期', constraint: 'future' },
      { row: 4, field: 'fullMemberSince', column: '转正日期', constraint: 'future' },
    ]);
    expect(await snapshotTables(t.dataSource)).toEqual(before);
  });

  it('returns every row as read, named by the template\'s columns, with national ids masked for every role', async () => {
    const id = allDigitNationalId('1985-01-01');
    const content = await xlsx([
      ['刘一', '贵州湘黔建材有限公司党支部', id, '男', null, '汉族', '本科', '13500000001', '贵州湘黔建材有限公司', '理事', '正式党员', '组织关系在此', '2008-07-01', '2009-07-01'],
      ['陈二', '不存在的支部', null, null, '1990-02-02', null, null, null, null, null, '党员', null, null, null],
    ]);
    const asCoordinator = (await coordinator.gql(PREVIEW_ROWS, { f: '人员.xlsx', c: content })).data!.previewPeopleImport;
    expect(asCoordinator.preview).toEqual([
      { row: 2, name: '刘一', organization: '贵州湘黔建材有限公司党支部', employer: '贵州湘黔建材有限公司', nationalId: `${id.slice(0, 4)}************${id.slice(-2)}`, gender: 'MALE', birthDate: null, phone: '13500000001', membershipStatus: 'FULL', relation: 'REGISTERED', admittedOn: '2008-07-01', fullMemberSince: '2009-07-01' },
      { row: 3, name: '陈二', organization: '不存在的支部', employer: null, nationalId: null, gender: null, birthDate: '1990-02-02', phone: null, membershipStatus: null, relation: null, admittedOn: null, fullMemberSince: null },
    ]);
    // The problems name the template's columns: 党员状态, not the form's label.
    expect(asCoordinator.problems).toEqual([
      { row: 3, field: 'membershipStatus', column: '党员状态', constraint: 'choice' },
      { row: 3, field: 'organizationId', column: '所属组织', constraint: 'notFound' },
    ]);
    const asStaff = (await staff.gql(PREVIEW_ROWS, { f: '人员.xlsx', c: content })).data!.previewPeopleImport;
    expect(asStaff.preview[0].nationalId).toBe(`${id.slice(0, 4)}************${id.slice(-2)}`);
    expect(JSON.stringify([asCoordinator, asStaff])).not.toContain(id.slice(4, 16));
  });

  it('imports a clean sheet in one go, with every person audited', async () => {
    const content = await xlsx(good());
    const res = await coordinator.gql(IMPORT, { f: '人员.xlsx', c: content });
    expect(res.data!.importPeople).toEqual({ rows: 2, created: 2, problems: [] });
    const people = await coordinator.gql(`query { allPeople(filter: { q: "刘一" }) { name gender education membershipStatus employer { name } organization { name } } }`);
    expect(people.data!.allPeople).toEqual([
      { name: '刘一', gender: 'MALE', education: 'BACHELOR', membershipStatus: 'FULL', employer: { name: '贵州湘黔建材有限公司' }, organization: { name: '贵州湘黔建材有限公司党支部' } },
    ]);
    const audit = await t.gql(`query { allAuditEntries(filter: { action: "person.importFile" }) { changes } }`);
    expect(audit.data!.allAuditEntries[0].changes).toMatchObject({ fileName: [null, '人员.xlsx'], rows: [null, 2] });
    expect((await t.gql(`query { _allAuditEntriesMeta(filter: { action: "person.import" }) { count } }`)).data!._allAuditEntriesMeta.count).toBe(2);
  });

  it('reads CSV with a byte-order mark, and refuses files that are not sheets', async () => {
    const csv = `\ufeff${HEADER.join(',')}\n周三,贵州省湖南商会党委,,女,1991-03-03,,,,,,群众,,,\n`;
    const res = await coordinator.gql(PREVIEW, { f: 'people.csv', c: Buffer.from(csv).toString('base64') });
    expect(res.data!.previewPeopleImport).toEqual({ rows: 1, created: 0, problems: [] });
    const junk = await coordinator.gql(PREVIEW, { f: 'people.xlsx', c: Buffer.from('not a zip').toString('base64') });
    expect(junk.data!.previewPeopleImport.problems).toEqual([expect.objectContaining({ row: 0, constraint: 'unreadable' })]);
    const pdf = await coordinator.gql(PREVIEW, { f: 'people.pdf', c: 'AAAA' });
    expect(pdf.data!.previewPeopleImport.problems).toEqual([expect.objectContaining({ constraint: 'fileType' })]);
    const noColumns = await coordinator.gql(PREVIEW, { f: 'x.csv', c: Buffer.from('a,b\n1,2\n').toString('base64') });
    expect(noColumns.data!.previewPeopleImport.problems.map((p: { constraint: string }) => p.constraint)).toEqual(['missingColumn', 'missingColumn']);
    const assessor = (await t.userFor(UserRole.ASSESSOR, tree.agency.id)).gql;
    expect((await assessor(PREVIEW, { f: 'people.csv', c: 'AAAA' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('reads names written decomposed (as a Mac writes them) as the composed names they are, and refuses a name hiding an invisible character', async () => {
    await createOrg(t, { kind: 'ENTERPRISE', name: 'Café Lumière 贵州有限公司', parentId: tree.hunan.id, creditCode: freshCreditCode() });
    const nfd = (text: string) => text.normalize('NFD');
    const csv = `${HEADER.join(',')}\n${nfd('Zoë 王')},贵州省湖南商会党委,,,,,,,${nfd('Café Lumière 贵州有限公司')},,群众,,,\n王\u200b五,贵州省湖南商会党委,,,,,,,,,群众,,,\n`;
    const c = Buffer.from(csv).toString('base64');
    const before = await snapshotTables(t.dataSource);
    const preview = await coordinator.gql(PREVIEW, { f: 'people.csv', c });
    expect(preview.data!.previewPeopleImport.problems).toEqual([expect.objectContaining({ row: 3, field: 'name', constraint: 'plainText' })]);
    expect(await snapshotTables(t.dataSource)).toEqual(before);
    const clean = Buffer.from(csv.split('\n').slice(0, 2).join('\n')).toString('base64');
    expect((await coordinator.gql(IMPORT, { f: 'people.csv', c: clean })).data!.importPeople).toMatchObject({ rows: 1, created: 1, problems: [] });
    const people = await coordinator.gql(`query { allPeople(filter: { q: "Zoë" }) { name employer { name } } }`);
    expect(people.data!.allPeople).toEqual([{ name: 'Zoë 王', employer: { name: 'Café Lumière 贵州有限公司' } }]);
  });

  it('refuses a sheet that inflates past the limits before reading it, and creates nothing', async () => {
    const before = await snapshotTables(t.dataSource);
    const rows = `<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c><c r="B1" t="inlineStr"><is><t>所属组织</t></is></c></row>`;
    const bomb = zip(xlsxParts(`${rows}<row r="2"><c r="A2" t="inlineStr"><is><t>${'刘'.repeat(MAX_INFLATED_BYTES / 2)}</t></is></c></row>`));
    expect(bomb.length).toBeLessThan(140 * 1024);
    for (const query of [PREVIEW, IMPORT]) {
      const res = await coordinator.gql(query, { f: 'bomb.xlsx', c: bomb.toString('base64') });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'contentBase64', constraint: 'inflatedSize' }] });
    }
    const tall = zip(xlsxParts(`${rows}${Array.from({ length: 6000 }, (_, i) => `<row r="${i + 2}"><c r="A${i + 2}"><v>${i * 7919}</v></c></row>`).join('')}`));
    expect((await coordinator.gql(PREVIEW, { f: 'tall.xlsx', c: tall.toString('base64') })).errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'contentBase64', constraint: 'sheetRows' })]);
    expect(await snapshotTables(t.dataSource)).toEqual(before);
  });

  it('keeps identity and phone numbers as written in CSV and in text cells, and refuses ids a number cell cut short', async () => {
    const ids = [allDigitNationalId('1986-06-06'), allDigitNationalId('1987-07-07'), allDigitNationalId('1971-01-31')];
    const csv = [HEADER.join(','), `数字一,贵州省湖南商会党委,${ids[0]},,1986-06-06,,,08517654321,,,,,,`, `数字二,贵州省湖南商会党委,${ids[1]},,,,,13600000002,,,,,,`].join('\r\n');
    const preview = await coordinator.gql(PREVIEW, { f: 'people.csv', c: Buffer.from(csv).toString('base64') });
    expect(preview.data!.previewPeopleImport).toEqual({ rows: 2, created: 0, problems: [] });
    expect((await coordinator.gql(IMPORT, { f: 'people.csv', c: Buffer.from(csv).toString('base64') })).data!.importPeople).toMatchObject({ created: 2 });
    const stored = await coordinator.gql(`query($q: String) { allPeople(filter: { q: $q }) { id phone birthDate } }`, { q: ids[0] });
    expect(stored.data!.allPeople).toEqual([{ id: expect.any(String), phone: '08517654321', birthDate: '1986-06-06' }]);
    const whole = await coordinator.gql(`mutation($id: ID!) { revealNationalId(id: $id) }`, { id: stored.data!.allPeople[0].id });
    expect(whole.data!.revealNationalId).toBe(ids[0]);

    const asText = await xlsx([['数字三', '贵州省湖南商会党委', ids[2], null, null, null, null, '13600000003', null, null, null, null, null, null]]);
    expect((await coordinator.gql(PREVIEW, { f: 'people.xlsx', c: asText })).data!.previewPeopleImport).toEqual({ rows: 1, created: 0, problems: [] });

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('人员');
    sheet.addRow(HEADER);
    sheet.addRow(['数字四', '贵州省湖南商会党委', Number(ids[2]), null, null, null, null, 13600000004]);
    const asNumber = await coordinator.gql(PREVIEW, { f: 'people.xlsx', c: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') });
    expect(asNumber.data!.previewPeopleImport.problems).toEqual([expect.objectContaining({ row: 2, field: 'nationalId', constraint: 'numberAsText', message: expect.stringContaining('文本格式') })]);
  });

  it('exports the list as the user sees it: their scope, national ids masked for staff; audited', async () => {
    const id = freshNationalId('1979-09-09');
    await createPerson(t.gql, { name: '导出人', organizationId: tree.committee.id, nationalId: id, phone: '13311112222' });
    await createPerson(t.gql, { name: '外省人', organizationId: tree.sichuanEnterprise.id });
    const base = t.url.replace(/\/graphql$/, '');
    const download = async (token: string | null, query = '') => {
      const res = await fetch(`${base}/exports/people.xlsx${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      if (res.status !== 200) return { status: res.status, rows: [] as string[][], body: await res.text() };
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await res.arrayBuffer());
      const rows: string[][] = [];
      workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
      return { status: 200, rows, body: '', disposition: res.headers.get('content-disposition') };
    };
    const asCoordinator = await download(coordinator.token);
    expect(asCoordinator.rows[0][0]).toBe('姓名*');
    const names = asCoordinator.rows.slice(1).map((r) => r[0]);
    expect(names).toContain('导出人');
    expect(names).not.toContain('外省人');
    expect(asCoordinator.rows.find((r) => r[0] === '导出人')![2]).toBe(id);
    const asStaff = await download(staff.token, `?filter=${encodeURIComponent(JSON.stringify({ q: '导出人' }))}`);
    expect(asStaff.rows.slice(1)).toHaveLength(1);
    expect(asStaff.rows[1][2]).toBe(`${id.slice(0, 4)}************${id.slice(-2)}`);
    // Text a spreadsheet could take for a formula leaves with an apostrophe in front, and comes back without it.
    await createPerson(t.gql, { name: '=HYPERLINK("http://evil.example","点我")', organizationId: tree.committee.id, posts: '@SUM(1)', phone: '+86 135 0000 0009' });
    const formulas = await download(coordinator.token, `?filter=${encodeURIComponent(JSON.stringify({ q: 'HYPERLINK' }))}`);
    expect(formulas.rows.slice(1).map((r) => [r[0], r[7], r[9]])).toEqual([[`'=HYPERLINK("http://evil.example","点我")`, "'+86 135 0000 0009", "'@SUM(1)"]]);
    const exported = await fetch(`${base}/exports/people.xlsx?filter=${encodeURIComponent(JSON.stringify({ q: 'HYPERLINK' }))}`, { headers: { authorization: `Bearer ${coordinator.token}` } });
    const again = await coordinator.gql(IMPORT, { f: 'again.xlsx', c: Buffer.from(await exported.arrayBuffer()).toString('base64') });
    expect(again.data!.importPeople).toMatchObject({ created: 1 });
    const twins = await coordinator.gql(`query { allPeople(filter: { q: "HYPERLINK" }) { name posts phone } }`);
    expect(twins.data!.allPeople).toEqual([0, 1].map(() => ({ name: '=HYPERLINK("http://evil.example","点我")', posts: '@SUM(1)', phone: '+86 135 0000 0009' })));
    expect((await download(null)).status).toBe(401);
    expect((await download(staff.token, `?filter=${encodeURIComponent('{"nope":1}')}`)).status).toBe(400);
    const audit = await t.gql(`query { allAuditEntries(filter: { action: "person.export" }) { changes } }`);
    expect(audit.data!.allAuditEntries.length).toBeGreaterThanOrEqual(2);
  });
});
