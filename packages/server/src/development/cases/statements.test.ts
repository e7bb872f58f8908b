import fs from 'node:fs';
import path from 'node:path';
import { DIALECTS } from '../../test/databases';
import { publishNotice, recordReport, step } from '../../test/development-fixtures';
import { buildSmallTree, createOrg } from '../../test/fixtures';
import { createPerson, freshNationalId } from '../../test/people-fixtures';
import { startTestServer, type TestServer } from '../../test/server';

// The dashboard's own list queries, as the client package sends them.
const OPERATIONS = path.resolve(__dirname, '../../../../client/src/operations');
const document = (file: string) => fs.readFileSync(path.join(OPERATIONS, file), 'utf8');

describe.each(DIALECTS)('SQL statements per page of people, cases, notices and reports on %s', (dialect) => {
  let t: TestServer;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    const tree = await buildSmallTree(t);
    const branches = [tree.branch];
    for (const enterprise of tree.enterprises.slice(1)) {
      branches.push(await createOrg(t, { kind: 'BRANCH', name: `${enterprise.name}党支部`, parentId: tree.committee.id, hostId: enterprise.id }));
    }
    const caseIds: string[] = [];
    for (let i = 0; i < 60; i += 1) {
      const keeper = branches[i % branches.length];
      const person = await createPerson(t.gql, { name: `成员${i}`, organizationId: keeper.id, employerId: tree.enterprises[i % 3].id, nationalId: freshNationalId('1990-01-01') });
      const opened = await t.gql(`mutation($p: ID!, $o: ID!) { openDevelopmentCase(personId: $p, organizationId: $o, appliedOn: "2024-01-02") { id version } }`, { p: person.id, o: keeper.id });
      const c = opened.data!.openDevelopmentCase;
      caseIds.push(c.id);
      if (i < 55) {
        const notice = await publishNotice(t.gql, keeper.id, 'DEVELOPMENT_TARGET', [(await step(t.gql, 'advanceDevelopmentCase', await step(t.gql, 'recordCaseTalk', c, '2024-01-10'), '2024-01-20')).id], '2024-02-01');
        await recordReport(t.gql, { noticeId: notice.id, caseId: c.id, receivedOn: '2024-02-03' });
      }
    }
  });
  afterAll(() => t.stop());

  const statementsFor = async (file: string, operationName: string, perPage: number) => {
    const authorization = await adminAuth();
    t.counter.reset();
    const res = await t.post(JSON.stringify({ query: document(file), operationName, variables: { perPage } }), { authorization });
    expect(res.json.errors).toBeUndefined();
    expect(res.json.data.items).toHaveLength(perPage);
    return t.counter.count;
  };
  let token: string | null = null;
  const adminAuth = async () => {
    token ??= (await t.userFor('ADMIN' as never, 0)).token;
    return `Bearer ${token}`;
  };

  it.each([
    ['people.graphql', 'PersonList'],
    ['development.graphql', 'CaseList'],
    ['notices.graphql', 'NoticeList'],
    ['reports.graphql', 'ReportList'],
  ])('%s %s costs the same at 10 and 50 rows', async (file, operation) => {
    await statementsFor(file, operation, 1); // the token's first use is recorded once; not part of a page
    const small = await statementsFor(file, operation, 10);
    const large = await statementsFor(file, operation, 50);
    expect(large).toBe(small);
    // The page, its count, and a batched statement (plus the scope check of what it brings) per relation.
    expect(large).toBeLessThanOrEqual(10);
  });
});
