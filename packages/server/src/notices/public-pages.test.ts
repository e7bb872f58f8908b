import { addDays, todayInChina } from '../common/dates';
import { DIALECTS, snapshotTables } from '../test/databases';
import { publishNotice, step } from '../test/development-fixtures';
import { buildSmallTree } from '../test/fixtures';
import { createPerson, freshNationalId } from '../test/people-fixtures';
import { startTestServer, type TestServer } from '../test/server';

describe.each(DIALECTS)('public notice pages on %s', (dialect) => {
  let t: TestServer;
  let base: string;
  let noticeId: string;
  let caseId: string;
  const nationalId = freshNationalId('1991-04-04');
  const today = todayInChina();

  beforeAll(async () => {
    t = await startTestServer(dialect);
    base = t.url.replace(/\/graphql$/, '');
    const tree = await buildSmallTree(t);
    const person = await createPerson(t.gql, { name: '公示人<b>', organizationId: tree.branch.id, employerId: tree.enterprises[1].id, nationalId, phone: '13722223333' });
    const opened = await t.gql(`mutation($p: ID!, $o: ID!) { openDevelopmentCase(personId: $p, organizationId: $o, appliedOn: "2024-01-02") { id version } }`, { p: person.id, o: tree.branch.id });
    let c = await step(t.gql, 'recordCaseTalk', opened.data!.openDevelopmentCase, '2024-01-10');
    c = await step(t.gql, 'advanceDevelopmentCase', c, '2024-01-20');
    caseId = c.id;
    const draft = await t.gql(
      `mutation($o: ID!, $c: [ID!], $s: String!) { createPublicNotice(organizationId: $o, stage: DEVELOPMENT_TARGET, title: "<script>alert('公示')</script>关于确定发展对象的公示", body: "公示内容\\n<img src=x onerror=alert(1)>", startsOn: $s, caseIds: $c, hotline: "0851-88886666", suggestionBox: "商会一楼意见箱") { id version } }`,
      { o: tree.branch.id, c: [c.id], s: addDays(today, -1) },
    );
    const published = await t.gql(`mutation($id: ID!, $v: Int!) { publishNotice(id: $id, version: $v) { id } }`, { id: draft.data!.createPublicNotice.id, v: draft.data!.createPublicNotice.version });
    noticeId = published.data!.publishNotice.id;
    await publishNotice(t.gql, tree.branch.id, 'DEVELOPMENT_TARGET', [c.id], '2024-03-01');
  });
  afterAll(() => t.stop());

  const get = async (path: string) => {
    const res = await fetch(base + path);
    return { status: res.status, html: await res.text(), headers: res.headers };
  };
  const post = async (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) => {
    const res = await fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields).toString() });
    return { status: res.status, html: await res.text() };
  };

  it('lists published notices in Chinese, escaped, with cache headers', async () => {
    const { status, html, headers } = await get('/public/notices');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/text\/html/);
    expect(headers.get('cache-control')).toBe('public, max-age=60');
    expect(html).toContain('党员发展公示');
    expect(html).toContain('公示中');
    expect(html).toContain('公示期满');
    expect(html).toContain('&lt;script&gt;alert(&#39;公示&#39;)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('shows a notice with its period, hotline and suggestion box, names only, and a form', async () => {
    const { status, html } = await get(`/public/notices/${noticeId}`);
    expect(status).toBe(200);
    expect(html).toContain('0851-88886666');
    expect(html).toContain('商会一楼意见箱');
    expect(html).toContain('（10个自然日）');
    expect(html).toContain('公示人&lt;b&gt;');
    expect(html).toContain('贵州湘盛物流有限公司');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<img|<script/);
    for (const secret of [nationalId, '1991-04-04', '13722223333', '1991年4月4日']) expect(html).not.toContain(secret);
    expect(html).toContain('<form method="post"');
    expect(html).toContain('name="website"');
  });

  it('answers drafts and unknown ids with a Chinese 404', async () => {
    expect((await get('/public/notices/999999')).status).toBe(404);
    expect((await get('/public/notices/abc')).html).toContain('公示不存在');
  });

  it('files a report from the form and shows the receipt number', async () => {
    const { status, html } = await post(`/public/notices/${noticeId}/reports`, { caseId, content: '该同志在社区表现有待核实', reporterName: '李女士', reporterContact: '13600000000' });
    expect(status).toBe(200);
    const reference = /JB\d{8}-[2-9A-Z]{6}/.exec(html)?.[0];
    expect(reference).toBeDefined();
    const stored = await t.gql(`query($q: String) { allReports(filter: { q: $q }) { reference caseId channel reporterName reporterContact } }`, { q: reference });
    expect(stored.data!.allReports).toEqual([{ reference, caseId, channel: 'ONLINE', reporterName: '李女士', reporterContact: '13600000000' }]);
  });

  it('keeps what was typed and says what is wrong, storing nothing, for an empty or hostile report', async () => {
    const before = await snapshotTables(t.dataSource);
    const empty = await post(`/public/notices/${noticeId}/reports`, { content: '  ', reporterName: '<i>张</i>' });
    expect(empty.status).toBe(400);
    expect(empty.html).toContain('请填写反映内容');
    expect(empty.html).toContain('value="&lt;i&gt;张&lt;/i&gt;"');
    const bidi = await post(`/public/notices/${noticeId}/reports`, { content: 'abc\u202edef' });
    expect(bidi.status).toBe(400);
    const long = await post(`/public/notices/${noticeId}/reports`, { content: '长'.repeat(2001) });
    expect(long.html).toContain('2000字以内');
    const crossSite = await post(`/public/notices/${noticeId}/reports`, { content: '跨站提交' }, { origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    const honeypot = await post(`/public/notices/${noticeId}/reports`, { content: '广告', website: 'http://spam.example' });
    expect(honeypot.status).toBe(200);
    expect(honeypot.html).toContain('受理编号');
    expect(await snapshotTables(t.dataSource)).toEqual(before);
  });
});
