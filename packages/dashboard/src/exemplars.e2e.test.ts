/**
 * Exemplars (先进典型) in the built dashboard, in headless Chromium against the built server with
 * demo data: a chamber's staff member writes a profile of one of the chamber's people — with a
 * story that tries to smuggle a script in — adds a photo (and sees a text file refused), submits
 * it; an assessor approves it from the review queue and the ten-day notice starts; the
 * administrator is told the notice still runs, the notice is then ended in the database, and the
 * profile is published; signed out, the public showcase shows it with its photo and without any
 * script of the story; a new revision leaves the public page as it was, and the administrator
 * compares the two revisions.
 * Needs `npm run build` first (turbo's test task depends on build).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { apiSignIn, artifacts, checkBuilt, fillDate, graphql, launchBrowser, newPage, signIn, signOut, startServer, stopServer, type RunningServer } from './e2eHarness';
import { todayInChina } from './development/development';

jest.setTimeout(240_000);

// The server's own dependencies: sharp makes the test's photo, better-sqlite3 ends the notice.
const serverRequire = createRequire(path.resolve(__dirname, '../../server/package.json'));
type Sharp = (options: { create: { width: number; height: number; channels: 3; background: string } }) => { jpeg(): { toBuffer(): Promise<Buffer> } };
type SqliteDatabase = { prepare(sql: string): { run(): { changes: number } }; close(): void };

/** Today in China, as the server counts days. */
const today = todayInChina();
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const TITLE = '一名党员就是一面旗帜';
const NEW_TITLE = '一名党员就是一面旗帜（修订稿）';
const CITATION = '带领企业党员志愿服务队常年开展帮扶。\n连续三年获评企业优秀员工。';
const SCRIPT_TEXT = '<script>window.__pwned = true</script>';
const IMG_TEXT = '<img src=x onerror="window.__pwned=true">';
/** Pasted as markup, as a copied web page would be. */
const PASTED_HTML = `<h2>扎根一线</h2><p>他坚持<strong>每月</strong>走访帮扶村。</p><script>window.__pwned = true</script><img src="x" onerror="window.__pwned=true"><ul><li>组织志愿服务 20 次</li></ul>`;
/** Enum values that must never reach the screen untranslated. */
const RAW_ENUMS = /\b(DRAFT|IN_REVIEW|NOTICE|PUBLISHED|WITHDRAWN|SUPERSEDED|PARTY_MEMBER|PARTY_WORKER|PARTY_ORGANIZATION|ENTREPRENEUR|INSTRUCTOR)\b/;

describe('exemplars in the dashboard', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let subject: string;
  let exemplarId: string;
  let photoFile: string;
  let fakePhotoFile: string;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'guildhall-exemplar-photos-'));
  const pageErrors: string[] = [];

  const shot = async (name: string, { dialog = false, target = page } = {}) => {
    if (!dialog) await target.locator('.MuiDialog-root').waitFor({ state: 'detached' });
    await target.waitForTimeout(400);
    await target.screenshot({ path: path.join(artifacts, `exemplars-${name}.png`), fullPage: !dialog });
  };

  const open = async (route: string) => {
    await page.goto('about:blank');
    await page.goto(`${server!.url}/#${route}`);
  };

  const menu = () => page.locator('.RaSidebar-fixed');
  const dialog = () => page.getByRole('dialog');
  const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
  const bodyText = () => page.locator('body').innerText();

  beforeAll(async () => {
    checkBuilt();
    const sharp = serverRequire('sharp') as Sharp;
    photoFile = path.join(tmp, '先进典型.jpg');
    fs.writeFileSync(photoFile, await sharp({ create: { width: 800, height: 600, channels: 3, background: '#b71c1c' } }).jpeg().toBuffer());
    fakePhotoFile = path.join(tmp, 'not-a-photo.jpg');
    fs.writeFileSync(fakePhotoFile, '这是一个改了扩展名的文本文件，不是照片。\n');

    server = await startServer();
    const cookie = await apiSignIn(server, 'hunan-staff');
    // One of the chamber's people with a name of their own and no profile yet.
    const { allPeople } = await graphql<{ allPeople: { id: string; name: string }[] }>(server, { cookie }, '{ allPeople(perPage: 100, sortField: "name") { id name } }');
    const { allExemplars } = await graphql<{ allExemplars: { personId: string | null }[] }>(server, { cookie }, '{ allExemplars(perPage: 100) { personId } }');
    const profiled = new Set(allExemplars.map((e) => e.personId));
    const names = allPeople.map((p) => p.name);
    subject = allPeople.find((p) => !profiled.has(p.id) && names.filter((n) => n === p.name).length === 1)!.name;
    expect(subject).toBeTruthy();

    browser = await launchBrowser();
    ({ page } = await newPage(browser, pageErrors));
  });

  afterAll(async () => {
    await browser?.close();
    await stopServer(server);
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  test('lists the chamber’s profiles to its staff, in Chinese', async () => {
    await page.goto(`${server!.url}/`);
    await signIn(page, server!, 'hunan-staff', '湖南商会工作人员');
    await menu().getByText('典型选树').waitFor();
    await menu().getByRole('menuitem', { name: '先进典型' }).click();
    await page.waitForURL(/#\/exemplars/);
    // The chamber's two published profiles; nothing of other chambers.
    await page.getByRole('row').filter({ hasText: '把党员的身份亮在企业一线' }).locator('[data-exemplar-state="PUBLISHED"]').getByText('已发布').waitFor();
    await page.getByRole('row').filter({ hasText: '“三会一课”常态化的商会党委' }).getByText('先进基层党组织').waitFor();
    expect(await bodyText()).not.toMatch(/守法经营、回报桑梓的民营企业家/);
    for (const header of ['照片', '标题', '典型对象', '类别', '所属组织', '状态', '更新时间']) await page.getByRole('columnheader', { name: header }).first().waitFor();
    // Staff do not review: no review queue.
    await expect(menu().getByTestId('menu-review-queue').count()).resolves.toBe(0);
    expect(await bodyText()).not.toMatch(RAW_ENUMS);
    await shot('list');
  });

  test('writes a profile with a rich-text story, and keeps the story’s markup to what is safe', async () => {
    await page.getByRole('link', { name: '新建' }).click();
    await page.waitForURL(/#\/exemplars\/create/);
    // There is no photo section before the first save, and the story's help says so.
    await page.getByText('可使用小标题、加粗、列表、引用和链接；照片在首次保存后添加：保存后在编辑页上传').waitFor();
    await expect(page.getByText(/上方“照片”/).count()).resolves.toBe(0);
    await expect(page.getByTestId('photo-upload').count()).resolves.toBe(0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(artifacts, 'exemplars-create-empty.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(artifacts, 'exemplars-create-empty-390.png'), fullPage: true });
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByRole('combobox', { name: /^人员/ }).fill(subject);
    await page.getByRole('option', { name: new RegExp(`^${subject}（`) }).first().click();
    await page.getByRole('combobox', { name: /^类别/ }).click();
    await page.getByRole('option', { name: '优秀共产党员' }).click();
    await page.getByLabel('标题 *').fill(TITLE);
    await page.getByLabel('事迹简介 *').fill(CITATION);

    const editor = page.locator('.ProseMirror');
    await editor.click();
    await page.keyboard.type(`他把党员先锋岗设在车间一线。${SCRIPT_TEXT}${IMG_TEXT}`);
    await page.keyboard.press('Enter');
    // A copied web page: markup with a script and an image that would run code.
    await editor.evaluate((element, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', '扎根一线');
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, PASTED_HTML);
    await editor.locator('h2', { hasText: '扎根一线' }).waitFor();
    await editor.locator('strong', { hasText: '每月' }).waitFor();
    await expect(editor.locator('img, script').count()).resolves.toBe(0);
    expect(await pwned()).toBeUndefined();
    // The toolbar follows the cursor: in the heading 小标题 is on and 加粗 off, in the bold word the other way round.
    const toolbarButton = (name: string, pressed: boolean) => page.locator(`button[aria-label="${name}"][aria-pressed="${pressed}"]`).first().waitFor();
    await editor.locator('h2', { hasText: '扎根一线' }).click();
    await toolbarButton('小标题', true);
    await toolbarButton('加粗', false);
    await editor.locator('strong', { hasText: '每月' }).click();
    await toolbarButton('小标题', false);
    await toolbarButton('加粗', true);

    const awards = page.getByTestId('award-rows');
    await awards.getByRole('button', { name: '增加' }).click();
    await awards.getByLabel('荣誉名称 *').fill('贵州省商务厅优秀共产党员');
    const publicity = page.getByTestId('publicity-rows');
    await publicity.getByRole('button', { name: '增加' }).click();
    await publicity.getByLabel('媒体名称 *').fill('贵州日报');
    await publicity.getByLabel('媒体类型 *').fill('报纸');
    await publicity.getByLabel('链接').fill('javascript:alert(1)');
    await fillDate(publicity, '日期', today);
    await shot('create');
    await page.getByRole('button', { name: '保存' }).click();
    await publicity.getByText('请填写以 http:// 或 https:// 开头的网址').waitFor();
    await publicity.getByLabel('链接').fill('https://www.gzdaily.cn/news/1');
    await page.getByRole('button', { name: '保存' }).click();
    // A new draft opens in the editor, for its photo.
    await page.waitForURL(/#\/exemplars\/\d+$/);
    exemplarId = /#\/exemplars\/(\d+)$/.exec(page.url())![1];
    await page.getByTestId('photo-upload').getByText('暂无照片').waitFor();
  });

  test('refuses a text file named .jpg in Chinese, and shows the photo it made of a JPEG', async () => {
    const upload = page.getByTestId('photo-upload');
    await upload.getByTestId('photo-input').setInputFiles(fakePhotoFile);
    await upload.getByTestId('photo-error').getByText('只支持 JPEG、PNG 或 WebP 格式的图片（按文件内容判断，不看扩展名）').waitFor();
    await upload.getByTestId('photo-input').setInputFiles(photoFile);
    await page.getByText('照片已上传').waitFor();
    const preview = upload.locator('img[data-testid="photo-preview"]');
    await preview.waitFor();
    await expect(upload.getByTestId('photo-error').count()).resolves.toBe(0);
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('img[data-testid="photo-preview"]');
      return !!img && img.complete && img.naturalWidth > 0;
    });
    expect(await preview.getAttribute('src')).toMatch(/^\/photos\/\d+\/400\.webp$/);
    // The form read the new version: saving a change now is not refused as stale.
    await page.getByLabel('事迹简介 *').fill(`${CITATION}\n多次获得表彰。`);
    await page.getByText('照片已上传').waitFor({ state: 'hidden' });
    await shot('editor-photo');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(new RegExp(`#/exemplars/${exemplarId}/show`));
    await page.getByTestId('exemplar-header').locator('[data-exemplar-state="DRAFT"]').getByText('草稿').waitFor();
    await page.getByTestId('working-story').getByText(SCRIPT_TEXT).waitFor();
    await page.getByTestId('working-title').getByText(TITLE).waitFor();
    expect(await pwned()).toBeUndefined();
  });

  test('submits it for review; the staff member cannot approve it', async () => {
    await expect(page.getByTestId('exemplar-approve').count()).resolves.toBe(0);
    await page.getByTestId('exemplar-submit').click();
    await dialog().getByText(`提交「${TITLE}」审核？`).waitFor();
    await dialog().getByRole('button', { name: '提交审核' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.getByTestId('exemplar-header').locator('[data-exemplar-state="IN_REVIEW"]').getByText('审核中').waitFor();
    await page.getByTestId('in-review-notice').waitFor();
    // No editing while it is reviewed.
    await expect(page.getByRole('link', { name: '编辑' }).count()).resolves.toBe(0);
    await signOut(page);
  });

  test('lets an assessor approve it from the review queue: the notice starts', async () => {
    await signIn(page, server!, 'assessor', '协调小组评估员');
    await menu().getByTestId('menu-review-queue').click();
    await page.waitForURL(/#\/exemplars\?/);
    const row = page.getByRole('row').filter({ hasText: TITLE });
    await row.locator('[data-exemplar-state="IN_REVIEW"]').getByText('审核中').waitFor();
    // The demo profile that waits for review is in the queue too; published ones are not.
    await page.getByRole('row').filter({ hasText: '扎根商会的党建指导员' }).waitFor();
    await expect(page.getByRole('row').filter({ hasText: '把党员的身份亮在企业一线' }).count()).resolves.toBe(0);
    await shot('review-queue');
    await row.locator('td.column-title').click();
    await page.waitForURL(new RegExp(`#/exemplars/${exemplarId}/show`));
    await page.getByTestId('exemplar-return').waitFor();
    await expect(page.getByTestId('exemplar-publish').count()).resolves.toBe(0);
    await page.getByTestId('in-review-notice').waitFor();
    await shot('show-review');
    await page.getByTestId('exemplar-approve').click();
    await dialog().getByText('审核通过后即在公示栏公开公示 10 天，群众可通过监督电话、意见箱或网上反映情况；公示期满且举报均已办结后才能发布。').waitFor();
    // The notice's channels are asked for: without them, nothing goes.
    await dialog().getByRole('button', { name: '审核通过（开始公示）' }).click();
    await expect(dialog().getByText('必填').count()).resolves.toBe(2);
    await dialog().getByLabel('公示监督电话 *').fill('0851-85667628');
    await dialog().getByLabel('公示意见箱 *').fill('湖南商会党群服务中心一楼意见箱');
    await shot('approve-dialog', { dialog: true });
    await dialog().getByRole('button', { name: '审核通过（开始公示）' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.getByTestId('exemplar-header').locator('[data-exemplar-state="NOTICE"]').getByText('公示中').waitFor();
    await page.getByTestId('notice-period').getByText(`公示中：${today} 至 ${addDays(today, 9)}。公示期满后由部门管理员发布。`).waitFor();
    await page.getByTestId('notice-dates').getByText(`${today} ~ ${addDays(today, 9)}`).waitFor();
    expect(await bodyText()).not.toMatch(RAW_ENUMS);
    await shot('show-notice');
    // The notice is a public notice: the public reads it with its channels and may report online.
    const noticeHref = await page.getByTestId('exemplar-notice-link').getAttribute('href');
    const noticeId = /publicNotices\/(\d+)\/show/.exec(noticeHref ?? '')![1];
    await page.goto(`${server!.url}/public/notices/${noticeId}`);
    await page.getByText(`先进典型公示：${TITLE}`).first().waitFor();
    await page.getByText('0851-85667628').first().waitFor();
    await page.getByText('湖南商会党群服务中心一楼意见箱').waitFor();
    await page.getByRole('button', { name: '提交' }).waitFor();
    await page.screenshot({ path: path.join(artifacts, 'exemplars-public-notice.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: path.join(artifacts, 'exemplars-public-notice-narrow.png'), fullPage: true });
    await page.setViewportSize({ width: 1440, height: 900 });
    // (Read without the browser, whose cache would keep the showcase for the test after this one.)
    expect(await (await fetch(`${server!.url}/public/exemplars`)).text()).toContain(`href="/public/notices/${noticeId}"`);
    await open(`/exemplars/${exemplarId}/show`);
    await signOut(page);
  });

  test('tells the administrator the notice still runs, and publishes once it ended', async () => {
    await signIn(page, server!, 'admin', '部门管理员');
    await open(`/exemplars/${exemplarId}/show`);
    await page.getByTestId('exemplar-header').locator('[data-exemplar-state="NOTICE"]').waitFor();
    await page.getByTestId('exemplar-publish').click();
    await dialog().getByRole('button', { name: '发布' }).click();
    await dialog()
      .getByTestId('exemplar-refusal')
      .getByText(`公示期尚未结束（至 ${addDays(today, 9)}），最早可于 ${addDays(today, 10)} 发布。`)
      .waitFor();
    await shot('publish-refused', { dialog: true });
    await dialog().getByRole('button', { name: '取消' }).click();
    await dialog().waitFor({ state: 'detached' });

    // The notice ends: the server's SQLite file, written directly (no API can shorten a notice).
    const Database = serverRequire('better-sqlite3') as new (file: string) => SqliteDatabase;
    const db = new Database(path.join(server!.dataDir, 'db.sqlite'));
    try {
      const { changes } = db.prepare("UPDATE exemplar_revision SET noticeEndsOn = date('now','-1 day') WHERE state = 'NOTICE'").run();
      expect(changes).toBe(1);
      db.prepare(`UPDATE public_notice SET endsOn = date('now','-1 day') WHERE exemplarId = ${Number(exemplarId)}`).run();
    } finally {
      db.close();
    }
    await open(`/exemplars/${exemplarId}/show`);
    await page.getByTestId('exemplar-publish').click();
    await dialog().getByRole('button', { name: '发布' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.getByText('已发布', { exact: true }).first().waitFor();
    await page.getByTestId('exemplar-header').locator('[data-exemplar-state="PUBLISHED"]').waitFor();
    await page.getByTestId('published-revision').getByText(TITLE).waitFor();
    const link = page.getByTestId('open-public');
    expect(await link.getAttribute('href')).toBe(`/public/exemplars/${exemplarId}`);
    await page.getByTestId('exemplar-withdraw').waitFor();
    expect(await bodyText()).not.toMatch(RAW_ENUMS);
    await shot('show-published');
    await signOut(page);
  });

  test('shows the profile on the public showcase, with its photo and without the story’s script', async () => {
    await page.goto(`${server!.url}/public/exemplars`);
    const card = page.locator(`a.card[href="/public/exemplars/${exemplarId}"]`);
    await card.getByText(TITLE).waitFor();
    await card.getByText(subject).waitFor();
    await shot('public-list');
    await card.click();
    await page.waitForURL(new RegExp(`/public/exemplars/${exemplarId}$`));
    await page.getByRole('heading', { name: TITLE }).waitFor();
    const hero = page.locator('img.hero');
    await hero.waitFor();
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('img.hero');
      return !!img && img.complete && img.naturalWidth > 0;
    });
    expect(await hero.getAttribute('src')).toMatch(/^\/photos\/\d+\/1200\.webp$/);
    // What was typed shows as text; what was pasted kept its heading and lost its script and image.
    await page.locator('.story').getByText(SCRIPT_TEXT).waitFor();
    await page.locator('.story h2', { hasText: '扎根一线' }).waitFor();
    await expect(page.locator('.story script, .story img').count()).resolves.toBe(0);
    expect(await pwned()).toBeUndefined();
    const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.textContent ?? ''));
    expect(scripts.filter((s) => s.includes('__pwned'))).toEqual([]);
    expect(await page.content()).not.toContain('<script>window.__pwned');
    await page.getByRole('link', { name: '贵州日报' }).waitFor();
    await shot('public-detail');

    const mobile = await browser!.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', deviceScaleFactor: 1 });
    const phone = await mobile.newPage();
    await phone.goto(`${server!.url}/public/exemplars/${exemplarId}`);
    await phone.locator('img.hero').waitFor();
    await phone.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('img.hero');
      return !!img && img.complete && img.naturalWidth > 0;
    });
    // Nothing wider than the phone.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot('public-detail-mobile', { target: phone });
    await phone.goto(`${server!.url}/public/exemplars`);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot('public-list-mobile', { target: phone });
    await mobile.close();
  });

  test('makes a new revision of a published profile; the public keeps the published one', async () => {
    await page.goto(`${server!.url}/#/login`);
    await signIn(page, server!, 'hunan-staff', '湖南商会工作人员');
    await open(`/exemplars/${exemplarId}`);
    await page.getByTestId('new-revision-notice').getByText(/保存修改会生成新的修订版本/).waitFor();
    await page.getByLabel('标题 *').fill(NEW_TITLE);
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(new RegExp(`#/exemplars/${exemplarId}/show`));
    await page.getByTestId('working-revision').getByText(NEW_TITLE).waitFor();
    await page.getByTestId('published-revision').getByText(TITLE, { exact: true }).waitFor();
    await page.getByTestId('public-keeps').getByText('正在修订第 2 版；公众看到的仍是已发布的第 1 版，直到新版本发布。').waitFor();
    await page.getByTestId('exemplar-header').locator('[data-exemplar-state="DRAFT"]').waitFor();
    await shot('show-new-revision');

    // The public page, asked afresh (no browser cache): still the published title.
    const html = await (await fetch(`${server!.url}/public/exemplars/${exemplarId}`)).text();
    expect(html).toContain(`<h1>${TITLE}</h1>`);
    expect(html).not.toContain(NEW_TITLE);
    await signOut(page);
  });

  test('shows the administrator the changes between the two revisions', async () => {
    await signIn(page, server!, 'admin', '部门管理员');
    await open(`/exemplars/${exemplarId}/show/revisions`);
    const revisions = page.getByTestId('exemplar-revisions');
    await revisions.locator('[data-revision="2"]').locator('[data-exemplar-state="DRAFT"]').getByText('草稿').waitFor();
    await revisions.locator('[data-revision="1"]').locator('[data-exemplar-state="PUBLISHED"]').getByText('已发布').waitFor();
    await revisions.locator('[data-revision="1"]').getByText('湖南商会工作人员').waitFor();
    await page.getByRole('radio', { name: '从第 1 版比较' }).check();
    await page.getByRole('radio', { name: '比较到第 2 版' }).check();
    await page.getByTestId('compare-revisions').click();
    const diff = page.getByTestId('revision-diff');
    await diff.getByText('第 1 版 → 第 2 版的变化').waitFor();
    const title = diff.locator('[data-diff-field="title"]');
    await title.getByText('标题').waitFor();
    await title.getByTestId('diff-before').getByText(TITLE, { exact: true }).waitFor();
    await title.getByTestId('diff-after').getByText(NEW_TITLE).waitFor();
    await expect(diff.locator('[data-diff-field]').count()).resolves.toBe(1);
    expect(await bodyText()).not.toMatch(RAW_ENUMS);
    await shot('diff');

    // The audit trail names the new actions in Chinese.
    await page.getByRole('tab', { name: '变更记录' }).click();
    for (const action of ['新建先进典型', '上传先进典型照片', '提交先进典型审核', '先进典型审核通过', '发布先进典型', '修改先进典型']) await page.getByText(action, { exact: true }).first().waitFor();
    expect(await bodyText()).not.toMatch(/exemplar\.\w+/);
    await shot('history');
  });
});
