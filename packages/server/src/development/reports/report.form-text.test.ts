import { addDays, todayInChina } from '../../common/dates';
import { DIALECTS, snapshotTables } from '../../test/databases';
import { openCase, publishNotice, step } from '../../test/development-fixtures';
import { buildSmallTree } from '../../test/fixtures';
import { createPerson, freshNationalId } from '../../test/people-fixtures';
import { startTestServer, type TestServer } from '../../test/server';

describe.each(DIALECTS)('text in the public report form on %s', (dialect) => {
  let t: TestServer;
  let base: string;
  let noticeId: string;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    base = t.url.replace(/\/graphql$/, '');
    const tree = await buildSmallTree(t);
    const person = await createPerson(t.gql, { name: '公示人', organizationId: tree.branch.id, nationalId: freshNationalId('1991-04-04') });
    let c = await openCase(t.gql, person.id, tree.branch.id, '2024-01-02');
    c = await step(t.gql, 'recordCaseTalk', c, '2024-01-10');
    c = await step(t.gql, 'advanceDevelopmentCase', c, '2024-01-20');
    noticeId = (await publishNotice(t.gql, tree.branch.id, 'DEVELOPMENT_TARGET', [c.id], addDays(todayInChina(), -1))).id;
  });
  afterAll(() => t.stop());

  const post = async (fields: Record<string, string>) => {
    const res = await fetch(`${base}/public/notices/${noticeId}/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin', origin: 'null' },
      body: new URLSearchParams(fields).toString(),
    });
    return { status: res.status, html: await res.text() };
  };

  it('refuses a reporter name hiding an invisible character, as the API does, storing nothing', async () => {
    const before = await snapshotTables(t.dataSource);
    for (const name of ['李\u200b女士', '李\u00ad女士', '李\u2060女士']) {
      const res = await post({ content: '情况说明', reporterName: name });
      expect([name, res.status]).toEqual([name, 400]);
      expect(res.html).toContain('提交的内容有误');
    }
    expect(await snapshotTables(t.dataSource)).toEqual(before);
  });

  it('stores what was written decomposed in its composed form', async () => {
    const res = await post({ content: 'Café 情况'.normalize('NFD'), reporterName: 'Zoë'.normalize('NFD') });
    expect(res.status).toBe(200);
    const reference = /JB\d{8}-[2-9A-Z]{6}/.exec(res.html)![0];
    const stored = await t.gql(`query($q: String) { allReports(filter: { q: $q }) { content reporterName } }`, { q: reference });
    expect(stored.data!.allReports).toEqual([{ content: 'Café 情况', reporterName: 'Zoë' }]);
  });
});
