import http from 'node:http';
import { addDays, todayInChina } from '../../common/dates';
import { loadConfig } from '../../config';
import { FORM_TOKEN_SECONDS, formToken } from './public.routes';
import { DIALECTS, snapshotTables } from '../../test/databases';
import { publishNotice, step } from '../../test/development-fixtures';
import { buildSmallTree } from '../../test/fixtures';
import { createPerson, freshNationalId } from '../../test/people-fixtures';
import { startTestServer, type TestServer } from '../../test/server';

describe.each(DIALECTS)('public notice pages on %s', (dialect) => {
  let t: TestServer;
  let base: string;
  let noticeId: string;
  let paperNoticeId: string;
  let caseId: string;
  const nationalId = freshNationalId('1991-04-04');
  const today = todayInChina();
  const PUBLIC = 'https://dj.example.gov.cn';
  const secret = loadConfig({}).sessionSecret;

  beforeAll(async () => {
    t = await startTestServer(dialect, { PUBLIC_URL: PUBLIC });
    base = t.url.replace(/\/graphql$/, '');
    const tree = await buildSmallTree(t);
    const person = await createPerson(t.gql, { name: '公示人<b>', organizationId: tree.branch.id, employerId: tree.enterprises[1].id, nationalId, phone: '13722223333' });
    const opened = await t.gql(`mutation($p: ID!, $o: ID!) { openDevelopmentCase(personId: $p, organizationId: $o, appliedOn: "2024-01-02") { id version } }`, { p: person.id, o: tree.branch.id });
    let c = await step(t.gql, 'recordCaseTalk', opened.data!.openDevelopmentCase, '2024-01-10');
    c = await step(t.gql, 'advanceDevelopmentCase', c, '2024-01-20');
    caseId = c.id;
    const draft = await t.gql(
      `mutation($o: ID!, $c: [ID!], $s: String!) { createPublicNotice(organizationId: $o, stage: DEVELOPMENT_TARGET, title: "<script>alert('公示')</script>关于确定发展对象的公示", body: "公示内容\\n<img src=x onerror=alert(1)>", startsOn: $s, caseIds: $c, hotline: "0851-88886666", suggestionBox: "商会一楼意见箱") { id version } }`,
      { o: tree.branch.id, c: [c.id], s: today },
    );
    const published = await t.gql(`mutation($id: ID!, $v: Int!) { publishNotice(id: $id, version: $v) { id } }`, { id: draft.data!.createPublicNotice.id, v: draft.data!.createPublicNotice.version });
    noticeId = published.data!.publishNotice.id;
    paperNoticeId = (await publishNotice(t.gql, tree.branch.id, 'DEVELOPMENT_TARGET', [c.id], '2024-03-01')).id;
  });
  afterAll(() => t.stop());

  const get = async (path: string) => {
    const res = await fetch(base + path);
    return { status: res.status, html: await res.text(), headers: res.headers };
  };
  /** As Chromium posts the form under the pages' Referrer-Policy: no-referrer. */
  const BROWSER = { 'sec-fetch-site': 'same-origin', origin: 'null' };
  const post = async (path: string, fields: Record<string, string>, headers: Record<string, string> = BROWSER, body?: Buffer) => {
    const res = await fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: body ?? new URLSearchParams(fields).toString() });
    return { status: res.status, html: await res.text(), type: res.headers.get('content-type') };
  };
  /** A request with any Host header (fetch would not send a forged one). */
  const getWithHost = (path: string, host: string) =>
    new Promise<string>((resolve, reject) => {
      const url = new URL(base + path);
      http
        .get({ host: url.hostname, port: url.port, path, headers: { host } }, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve(text));
        })
        .on('error', reject);
    });
  const refusedInChinese = (res: { status: number; html: string; type: string | null }, status: number, text: RegExp) => {
    expect(res.status).toBe(status);
    expect(res.type).toMatch(/text\/html/);
    expect(res.html).toMatch(text);
    expect(res.html).toMatch(/<a href="\/public\/notices[^"]*">返回/);
    expect(res.html).not.toContain('"errors"');
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

  it('marks a notice that ran on paper and was recorded after the fact, in the list and on its page; an online one not', async () => {
    const list = await get('/public/notices');
    expect(list.html).toContain('纸质公示补录');
    expect((await get(`/public/notices/${paperNoticeId}`)).html).toContain('系事后补录存档');
    expect((await get(`/public/notices/${noticeId}`)).html).not.toContain('补录');
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
    expect(html).toMatch(/<input type="hidden" name="formToken" value="\d+\.[A-Za-z0-9_-]{43}">/);
  });

  it('names a notice starting in two days (China time) alike for coordinators and on the public page: 即将公示, not 公示中', async () => {
    const later = await publishNotice(t.gql, (await t.gql(`query { allPublicNotices(perPage: 1) { organizationId } }`)).data!.allPublicNotices[0].organizationId, 'DEVELOPMENT_TARGET', [caseId], addDays(today, 2));
    const coordinators = await t.gql(`query($id: ID!) { PublicNotice(id: $id) { state } publishedNotice(id: $id) { phase } }`, { id: later.id });
    expect(coordinators.data).toEqual({ PublicNotice: { state: 'UPCOMING' }, publishedNotice: { phase: 'UPCOMING' } });
    const ids = async (state: string) => (await t.gql(`query($s: NoticeState) { allPublicNotices(filter: { state: $s }, perPage: 100) { id state } }`, { s: state })).data!.allPublicNotices as { id: string; state: string }[];
    expect((await ids('UPCOMING')).map((n) => n.id)).toEqual([later.id]);
    expect((await ids('PUBLISHED')).map((n) => n.id)).toEqual([noticeId]);
    for (const state of ['UPCOMING', 'PUBLISHED', 'ENDED_CLEAN', 'DRAFT']) expect((await ids(state)).every((n) => n.state === state)).toBe(true);
    const page = await get(`/public/notices/${later.id}`);
    expect(page.html).toContain('即将公示');
    expect(page.html).not.toContain('公示中');
    expect((await get(`/public/notices/${noticeId}`)).html).toContain('公示中');
  });

  it('builds absolute addresses from PUBLIC_URL, never from the Host header', async () => {
    for (const path of ['/public/notices', `/public/notices/${noticeId}`, '/public/exemplars']) {
      const html = await getWithHost(path, 'evil.example');
      expect(html).toContain(`<meta property="og:url" content="${PUBLIC}${path}">`);
      expect(html).not.toContain('evil.example');
    }
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
    refusedInChinese(crossSite, 403, /无法提交/);
    const honeypot = await post(`/public/notices/${noticeId}/reports`, { content: '广告', website: 'http://spam.example' });
    expect(honeypot.status).toBe(200);
    expect(honeypot.html).toContain('受理编号');
    expect(await snapshotTables(t.dataSource)).toEqual(before);
  });

  it('takes the form as Chromium posts it (Origin: null, Sec-Fetch-Site: same-origin), and from a browser that says nothing, with the form\'s token', async () => {
    const asChromium = await post(`/public/notices/${noticeId}/reports`, { content: '浏览器提交的反映' }, { 'sec-fetch-site': 'same-origin', origin: 'null' });
    expect(asChromium.status).toBe(200);
    expect(asChromium.html).toMatch(/JB\d{8}-[2-9A-Z]{6}/);
    const typed = await post(`/public/notices/${noticeId}/reports`, { content: '直接打开后提交' }, { 'sec-fetch-site': 'none', origin: 'not a url at all' });
    expect(typed.status).toBe(200);
    const { html } = await get(`/public/notices/${noticeId}`);
    const token = /name="formToken" value="([^"]+)"/.exec(html)![1];
    const old = await post(`/public/notices/${noticeId}/reports`, { content: '旧浏览器提交', formToken: token }, {});
    expect(old.status).toBe(200);
    expect(old.html).toContain('受理编号');
  });

  it('refuses posts from other sites and posts without a good token with a Chinese page, storing nothing', async () => {
    const before = await snapshotTables(t.dataSource);
    const path = `/public/notices/${noticeId}/reports`;
    const now = Math.floor(Date.now() / 1000);
    const fields = { content: '来自其他网站的提交' };
    for (const site of ['cross-site', 'same-site', 'garbage']) {
      refusedInChinese(await post(path, fields, { 'sec-fetch-site': site, origin: 'null' }), 403, /其他网站转来的提交不予受理/);
    }
    const { html } = await get(`/public/notices/${noticeId}`);
    const token = /name="formToken" value="([^"]+)"/.exec(html)![1];
    for (const [why, headers, formTokenValue] of [
      ['no token', {}, undefined],
      ['no token, Origin: null', { origin: 'null' }, undefined],
      ['not a URL', { origin: '::::' }, undefined],
      ['a token of another notice', {}, formToken(secret, 999999, '127.0.0.1')],
      ['a token of another address', {}, formToken(secret, noticeId, '10.1.2.3')],
      ['an expired token', {}, formToken(secret, noticeId, '127.0.0.1', now - FORM_TOKEN_SECONDS - 5)],
      ['a token from the future', {}, formToken(secret, noticeId, '127.0.0.1', now + 3600)],
      ['another key', {}, formToken('another-secret', noticeId, '127.0.0.1')],
      ['a forged token', {}, `${now}.${'A'.repeat(43)}`],
      ['a cross-site post with a good token', { 'sec-fetch-site': 'cross-site' }, token],
    ] as [string, Record<string, string>, string | undefined][]) {
      const res = await post(path, formTokenValue ? { ...fields, formToken: formTokenValue } : fields, headers);
      expect([why, res.status]).toEqual([why, 403]);
      refusedInChinese(res, 403, /无法提交/);
    }
    refusedInChinese(await post(path, {}, { ...BROWSER, 'content-encoding': 'gzip' }, Buffer.from('not gzip at all')), 400, /无法识别/);
    refusedInChinese(await post(path, {}, BROWSER, Buffer.from(`content=${'长'.repeat(20_000)}`)), 413, /过长/);
    refusedInChinese(await post('/public/notices/%E0%A4%A/reports', fields), 400, /无法识别/);
    const missing = await post('/public/notices/999999/reports', fields);
    expect(missing.status).toBe(404);
    expect(missing.html).toContain('公示不存在');
    expect(await snapshotTables(t.dataSource)).toEqual(before);
  });

  it('answers a flood from one address with a Chinese page that keeps what was typed', async () => {
    let res = await post(`/public/notices/${noticeId}/reports`, { content: '再次反映' });
    for (let i = 0; i < 10 && res.status === 200; i += 1) res = await post(`/public/notices/${noticeId}/reports`, { content: '再次反映' });
    expect(res.status).toBe(429);
    expect(res.type).toMatch(/text\/html/);
    expect(res.html).toContain('提交过于频繁');
    expect(res.html).toContain('再次反映</textarea>');
    expect(res.html).toContain('<a href="/public/notices">');
  });
});
