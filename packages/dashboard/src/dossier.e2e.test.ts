/**
 * The dossier (入党材料) in the built dashboard, in headless Chromium against the built server with
 * demo data: an administrator makes the talk's record required of every case on the settings page
 * (the national kinds are required of the cases applied for from the day they were installed,
 * which the demo's cases predate), and an applicant's talk waits for it; the chamber's
 * coordinator uploads a scan of the record to the case, sees the talk unblock, and downloads the
 * printed dossier, whose pages are rendered (poppler's pdftoppm) and kept for looking at.
 * Needs `npm run build` first (turbo's test task depends on build).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { apiSignIn, artifacts, checkBuilt, graphql, launchBrowser, newPage, signIn, signOut, startServer, stopServer, type RunningServer } from './e2eHarness';

jest.setTimeout(180_000);

const PDFTOPPM = '/usr/bin/pdftoppm';

describe('the dossier in the dashboard', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let caseId: string;
  let adminCookie: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    checkBuilt();
    server = await startServer();
    adminCookie = await apiSignIn(server, 'admin');
    const hunan = await apiSignIn(server, 'hunan');
    // An applicant of the coordinator's chamber whose talk is still to come.
    const { allDevelopmentCases } = await graphql<{ allDevelopmentCases: { id: string; talkedOn: string | null }[] }>(
      server,
      { cookie: hunan },
      '{ allDevelopmentCases(filter: { stage: APPLICANT }, perPage: 50) { id talkedOn } }',
    );
    caseId = allDevelopmentCases.find((c) => !c.talkedOn)!.id;
    browser = await launchBrowser();
    ({ page } = await newPage(browser, pageErrors));
  });

  afterAll(async () => {
    await browser?.close();
    await stopServer(server);
  });

  /** A scanned page: a talk's record drawn in the browser and photographed as PNG. */
  async function scan(): Promise<Buffer> {
    const sheet = await page.context().newPage();
    await sheet.setViewportSize({ width: 620, height: 877 });
    await sheet.setContent(
      `<body style="margin:0;font:16px sans-serif;background:#fbfaf6"><div style="padding:40px"><h2 style="text-align:center">谈话记录</h2><p>谈话人：湖南商会党支部书记</p><p>谈话对象：入党申请人</p><p>谈话时间：${new Date().toISOString().slice(0, 10)}</p><p style="height:400px;border-top:1px solid #999;padding-top:12px">主要内容：了解申请人入党动机，介绍党的基本知识。</p><p style="text-align:right">谈话人签字：________</p></div></body>`,
    );
    const png = await sheet.screenshot({ fullPage: true });
    await sheet.close();
    return png;
  }

  it('lets an administrator make the talk\'s record required of every case on the settings page', async () => {
    await signIn(page, server!, 'admin', '部门管理员');
    await page.goto(`${server!.url}/#/oversight/settings`);
    const section = page.getByTestId('settings-materials');
    const row = section.getByTestId('material-kind-TALK_RECORD');
    await row.getByText('谈话记录').waitFor();
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
      await section.screenshot({ path: path.join(artifacts, `dossier-kinds-${width}.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    // Required already, from the day it was installed: clearing its 施行日期 makes it required of every case.
    expect(await row.getByRole('switch').isChecked()).toBe(true);
    const from = row.locator('input[name="requiredFrom"]');
    expect(await from.getAttribute('aria-label')).toBe('施行日期');
    expect(await from.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await from.fill('');
    await row.getByTestId('material-kind-save').click();
    await page.getByText('设置已保存').first().waitFor();
    const { materialKinds } = await graphql<{ materialKinds: { code: string; required: boolean; requiredFrom: string | null }[] }>(server!, { cookie: adminCookie }, '{ materialKinds { code required requiredFrom } }');
    expect(materialKinds.filter((k) => k.required && k.requiredFrom === null).map((k) => k.code)).toEqual(['TALK_RECORD']);
    await signOut(page);
  });

  it('uploads a scan of the talk\'s record, sees the talk unblock, and prints the dossier', async () => {
    await signIn(page, server!, 'hunan', '湖南商会协调员');
    // 材料待办: the chamber's open cases without the talk's record, the case among them.
    await page.getByTestId('menu-material-worklist').click();
    const worklist = page.getByTestId('material-worklist');
    await worklist.getByTestId('worklist-row').first().waitFor();
    const link = worklist.locator(`a[href$="#/developmentCases/${caseId}/show"]`);
    expect(await link.count()).toBeGreaterThan(0);
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
      await page.screenshot({ path: path.join(artifacts, `dossier-worklist-${width}.png`) });
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await link.first().click();
    await page.waitForURL(new RegExp(`#/developmentCases/${caseId}/show`));
    const dossier = page.getByTestId('case-dossier');
    const row = dossier.getByTestId('dossier-TALK_RECORD');
    await row.waitFor();
    expect(await row.getAttribute('data-state')).toBe('MISSING');
    const talk = page.getByTestId('step-RECORD_TALK');
    expect(await talk.getAttribute('data-ready')).toBe('false');
    await talk.locator('[data-rule="materialMissing"]').getByText('尚未上传：谈话记录').waitFor();
    await page.getByTestId('dossier-section').screenshot({ path: path.join(artifacts, 'dossier-missing.png') });

    await row.getByTestId('material-upload').click();
    const dialog = page.getByTestId('material-dialog');
    await dialog.getByText('上传：谈话记录').waitFor();
    await dialog.getByTestId('material-file').setInputFiles({ name: '谈话记录.png', mimeType: 'image/png', buffer: await scan() });
    await dialog.getByText(/已选择：谈话记录\.png/).waitFor();
    // The photographed page is shown before it is sent.
    const preview = dialog.getByTestId('material-preview');
    await preview.waitFor();
    await page.waitForFunction(() => ((document.querySelector('[data-testid="material-preview"]') as HTMLImageElement | null)?.naturalWidth ?? 0) > 0);
    expect(await preview.getAttribute('alt')).toBe('所选图片：谈话记录.png');
    await dialog.screenshot({ path: path.join(artifacts, 'dossier-upload-dialog.png') });
    await dialog.getByTestId('material-submit').click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('已上传：谈话记录').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="dossier-TALK_RECORD"]')?.getAttribute('data-state') === 'PRESENT');
    await row.getByText('谈话记录.png').waitFor();
    // The talk no longer waits.
    await page.waitForFunction(() => document.querySelector('[data-testid="step-RECORD_TALK"]')?.getAttribute('data-ready') === 'true');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByTestId('dossier-section').screenshot({ path: path.join(artifacts, 'dossier-1440.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('dossier-section').screenshot({ path: path.join(artifacts, 'dossier-390.png') });
    await page.setViewportSize({ width: 1280, height: 800 });

    // 打印材料目录: the contents, then the scan.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('dossier-print').click()]);
    expect(download.suggestedFilename()).toMatch(/^入党材料-.+\.pdf$/);
    const file = path.join(artifacts, 'dossier.pdf');
    await download.saveAs(file);
    const pdf = fs.readFileSync(file);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    execFileSync(PDFTOPPM, ['-r', '60', '-png', file, path.join(artifacts, 'dossier-page')]);
    const pages = fs.readdirSync(artifacts).filter((f) => /^dossier-page-\d+\.png$/.test(f));
    // The table of contents and the one scanned page (the demo case has no other files).
    expect(pages.length).toBe(2);
    expect(pageErrors).toEqual([]);
  });

  it('exports the dossiers of the cases chosen on the list as one archive', async () => {
    await page.goto(`${server!.url}/#/developmentCases`);
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor();
    for (const i of [0, 1]) await rows.nth(i).getByRole('checkbox').check();
    const exportButton = page.getByTestId('dossier-export');
    await exportButton.getByText('导出入党材料（2 份）').waitFor();
    await page.screenshot({ path: path.join(artifacts, 'dossier-export-1440.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
    expect(download.suggestedFilename()).toBe('入党材料-2份.zip');
    const file = path.join(artifacts, 'dossiers.zip');
    await download.saveAs(file);
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    expect(pageErrors).toEqual([]);
  });
});
