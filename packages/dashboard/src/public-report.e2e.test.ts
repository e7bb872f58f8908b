/**
 * The public report form in headless Chromium against the built server with demo data, with the
 * server's real headers (Referrer-Policy: no-referrer, under which Chromium posts the form with
 * `Origin: null`): a visitor opens a running notice from the public list, fills in the form and
 * gets a receipt number; a page on another site that posts the same form gets the Chinese
 * refusal page with the way back, and nothing is stored.
 * Needs `npm run build` first (turbo's test task depends on build).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { apiSignIn, artifacts, checkBuilt, graphql, launchBrowser, newPage, startServer, stopServer, type RunningServer } from './e2eHarness';

jest.setTimeout(180_000);

const REPORT = '该同志在社区志愿服务中表现有待核实，请组织了解。';
const FORGED = '这是从其他网站提交的内容';

describe('the public report form in a real browser', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let attacker: http.Server | undefined;
  let noticeUrl: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    checkBuilt();
    server = await startServer();
    browser = await launchBrowser();
    ({ page } = await newPage(browser, pageErrors));
  });

  afterAll(async () => {
    await browser?.close();
    await stopServer(server);
    if (attacker) await new Promise((resolve) => attacker!.close(resolve));
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  test('a visitor files a report from a running notice and gets a receipt number', async () => {
    const list = await page.goto(`${server!.url}/public/notices`);
    expect(list!.headers()['referrer-policy']).toBe('no-referrer');
    await page.locator('ul.notices li').filter({ hasText: '公示中' }).first().getByRole('link').click();
    await page.waitForURL(/\/public\/notices\/\d+$/);
    noticeUrl = page.url();
    await page.getByRole('heading', { name: '网上反映情况' }).waitFor();

    await page.locator('#caseId').selectOption({ index: 1 });
    await page.locator('#content').fill(REPORT);
    await page.locator('#reporterName').fill('王先生');
    await page.locator('#reporterContact').fill('13800000000');
    const posted = page.waitForRequest((request) => request.method() === 'POST' && /\/reports$/.test(request.url()));
    await page.getByRole('button', { name: '提交' }).click();
    const headers = await (await posted).allHeaders();
    // What broke the form before: Chromium's own post, without a usable Origin.
    expect(headers['sec-fetch-site']).toBe('same-origin');
    expect(headers.origin).toBe('null');

    await page.getByRole('heading', { name: '已收到您反映的情况' }).waitFor();
    const reference = (await page.locator('.receipt').innerText()).trim();
    expect(reference).toMatch(/^JB\d{8}-[2-9A-Z]{6}$/);
    await page.screenshot({ path: path.join(artifacts, 'public-report-receipt.png'), fullPage: true });

    const cookie = await apiSignIn(server!, 'admin');
    const { allReports } = await graphql<{ allReports: { reference: string; channel: string; content: string; reporterName: string | null }[] }>(
      server!,
      { cookie },
      'query($q: String) { allReports(filter: { q: $q }) { reference channel content reporterName } }',
      { q: reference },
    );
    expect(allReports).toEqual([{ reference, channel: 'ONLINE', content: REPORT, reporterName: '王先生' }]);
  });

  test('a form on another site that posts to the notice gets the Chinese refusal page, and nothing is stored', async () => {
    const action = `${noticeUrl}/reports`;
    // Another site: "localhost" is not the same site as the server's 127.0.0.1.
    attacker = http.createServer((_req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(
        `<!doctype html><meta charset="utf-8"><form method="post" action="${action}"><input name="content" value="${FORGED}"><button type="submit">go</button></form>`,
      );
    });
    await new Promise<void>((resolve) => attacker!.listen(0, '127.0.0.1', resolve));
    const { port } = attacker.address() as AddressInfo;

    await page.goto(`http://localhost:${port}/`);
    const posted = page.waitForRequest((request) => request.method() === 'POST' && request.url() === action);
    const answered = page.waitForResponse((response) => response.url() === action);
    await page.getByRole('button', { name: 'go' }).click();
    expect((await (await posted).allHeaders())['sec-fetch-site']).toBe('cross-site');
    const response = await answered;
    expect(response.status()).toBe(403);
    expect(response.headers()['content-type']).toMatch(/text\/html/);

    await page.getByRole('heading', { name: '无法提交' }).waitFor();
    await page.getByText('其他网站转来的提交不予受理').waitFor();
    expect(await page.locator('body').innerText()).not.toContain('"errors"');
    await page.screenshot({ path: path.join(artifacts, 'public-report-cross-site.png'), fullPage: true });
    await page.getByRole('link', { name: '返回公示页面' }).click();
    await page.waitForURL(noticeUrl);
    await page.getByRole('heading', { name: '网上反映情况' }).waitFor();

    const cookie = await apiSignIn(server!, 'admin');
    const { allReports } = await graphql<{ allReports: { reference: string }[] }>(server!, { cookie }, 'query($q: String) { allReports(filter: { q: $q }) { reference } }', { q: FORGED });
    expect(allReports).toEqual([]);
  });
});
