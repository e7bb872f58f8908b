import { UserRole } from '../../access/roles';
import { DIALECTS, snapshotTables } from '../../test/databases';
import { freshCase } from '../../test/development-fixtures';
import { buildSmallTree } from '../../test/fixtures';
import { startTestServer, type Gql, type TestServer } from '../../test/server';
import { createClass, createProgram } from '../../test/training-fixtures';

// QUALITY.md "Bad input gets a clear error and changes nothing", for people, development cases,
// notices, reports and training: every case answers BAD_USER_INPUT (or the named code) and no
// table changes.
const INJECTION = "x' OR 1=1; DROP TABLE person; --";

describe.each(DIALECTS)('bad input to people, cases, notices, reports and training on %s', (dialect) => {
  let t: TestServer;
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;
  let caseId: string;
  let classId: string;
  let sichuan: Gql;
  let before: Record<string, string>;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    tree = await buildSmallTree(t);
    caseId = (await freshCase(t.gql, tree.branch.id, '2024-01-02')).id;
    classId = (await createClass(t.gql, (await createProgram(t.gql, tree.agency.id)).id)).id;
    sichuan = (await t.userFor(UserRole.STAFF, tree.sichuan.id)).gql;
    before = await snapshotTables(t.dataSource);
  });
  afterEach(async () => {
    expect(await snapshotTables(t.dataSource)).toEqual(before);
  });
  afterAll(() => t.stop());

  const refused = async (gql: Gql, query: string, variables: Record<string, unknown>, code = 'BAD_USER_INPUT') => {
    const res = await gql(query, variables);
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
  };

  it.each([
    ['allPeople', 'PersonFilter'],
    ['allDevelopmentCases', 'DevelopmentCaseFilter'],
    ['allPublicNotices', 'PublicNoticeFilter'],
    ['allReports', 'ReportFilter'],
    ['allTrainingClasses', 'TrainingClassFilter'],
    ['allEnrollments', 'EnrollmentFilter'],
  ])('%s refuses unknown filter and sort fields, SQL in the sort, perPage past the cap, and takes SQL in the search as text', async (list, filterType) => {
    await refused(t.gql, `query($f: ${filterType}) { ${list}(filter: $f) { id } }`, { f: { nope: 1 } });
    await refused(t.gql, `query($s: String) { ${list}(sortField: $s) { id } }`, { s: INJECTION });
    await refused(t.gql, `query($s: String) { ${list}(sortField: $s) { id } }`, { s: 'id; DROP TABLE person' });
    await refused(t.gql, `query { ${list}(sortOrder: "DESC; DROP TABLE person") { id } }`, {});
    await refused(t.gql, `query { ${list}(perPage: 101) { id } }`, {});
    await refused(t.gql, `query { ${list}(page: -1) { id } }`, {});
    const search = await t.gql(`query($f: ${filterType}) { ${list}(filter: $f) { id } }`, { f: { q: INJECTION } });
    expect(search.errors).toBeUndefined();
    expect(search.data![list]).toEqual([]);
    const ids = await t.gql(`query($f: ${filterType}) { ${list}(filter: $f) { id } }`, { f: { ids: [INJECTION, '1 OR 1=1'] } });
    expect(ids.data![list]).toEqual([]);
  });

  it.each([
    ['a name that is too long', { name: '张'.repeat(51) }],
    ['a bidi override in a name', { name: '张\u202E三' }],
    ['a control character', { name: '张\u0000三' }],
    ['an object for a string', { name: { $ne: null } }],
    ['an unknown enum value', { gender: 'OTHER' }],
    ['a date that does not exist', { birthDate: '1990-02-29' }],
    ['SQL in a date', { birthDate: "1990-01-01' OR '1'='1" }],
    ['letters in a phone number', { phone: '138abc' }],
  ])('createPerson refuses %s', async (_label, override) => {
    await refused(
      t.gql,
      `mutation($name: String!, $o: ID!, $gender: Gender, $birthDate: String, $phone: String) { createPerson(name: $name, organizationId: $o, gender: $gender, birthDate: $birthDate, phone: $phone) { id } }`,
      { name: '张三', o: tree.branch.id, ...override },
    );
  });

  it('refuses case steps with bad dates, fields a role may not set, and ids of another chamber', async () => {
    await refused(t.gql, `mutation($id: ID!) { recordCaseTalk(id: $id, version: 1, on: "2024-13-01") { id } }`, { id: caseId });
    await refused(t.gql, `mutation($id: ID!) { recordCaseTalk(id: $id, version: "1", on: "2024-02-01") { id } }`, { id: caseId });
    await refused(t.gql, `mutation($id: ID!) { recordCaseAssessment(id: $id, version: 1, on: "2024-02-01", period: "2024H3", result: GOOD) { id } }`, { id: caseId });
    await refused(t.gql, `mutation($id: ID!) { extendProbation(id: $id, version: 1, on: "2024-02-01", months: 13) { id } }`, { id: caseId });
    await refused(t.gql, `mutation($id: ID!) { advanceDevelopmentCase(id: $id, version: 1, on: "2024-02-01", decisionRef: "${'决'.repeat(101)}") { id } }`, { id: caseId });
    await refused(sichuan, `mutation($id: ID!) { recordCaseTalk(id: $id, version: 1, on: "2024-02-01") { id } }`, { id: caseId }, 'NOT_FOUND');
  });

  it('refuses notices and reports with bad lengths, types and text', async () => {
    const notice = (extra: string) =>
      `mutation($o: ID!) { createPublicNotice(organizationId: $o, stage: ADMISSION, title: "公示", startsOn: "2026-11-01", hotline: "1", suggestionBox: "1"${extra}) { id } }`;
    await refused(t.gql, notice(', lengthDays: 0'), { o: tree.branch.id });
    await refused(t.gql, notice(', lengthDays: 61'), { o: tree.branch.id });
    await refused(t.gql, notice(', dayType: HOLIDAYS'), { o: tree.branch.id });
    await refused(t.gql, notice(`, body: "${'字'.repeat(2001)}"`), { o: tree.branch.id });
    await refused(t.gql, `mutation($c: ID) { recordReport(channel: HOTLINE, caseId: $c, receivedOn: "2024-02-01", content: "a\u202Eb") { id } }`, { c: caseId });
    await refused(t.gql, `mutation($c: ID) { recordReport(channel: HOTLINE, caseId: $c, receivedOn: "2099-01-01", content: "来电") { id } }`, { c: caseId });
    await refused(t.gql, `mutation { recordReport(channel: HOTLINE, receivedOn: "2024-02-01", content: "来电") { id } }`, {});
  });

  it('refuses enrollment and classes with bad input', async () => {
    await refused(t.gql, `mutation($c: ID!) { enroll(classId: $c, personId: "${INJECTION}") { id } }`, { c: classId });
    await refused(t.gql, `mutation { checkIn(sessionId: "1", code: "12345") { id } }`, {});
    await refused(t.gql, `mutation($p: ID!) { createTrainingClass(programId: $p, title: "班", capacity: 0, enrollmentOpensOn: "2026-01-01", enrollmentClosesOn: "2026-01-02") { id } }`, { p: '1' });
    await refused(t.gql, `mutation { previewPeopleImport(fileName: "a.xlsx", contentBase64: "not base64 !!!") { rows } }`, {});
  });
});
