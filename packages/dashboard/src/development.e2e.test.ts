/**
 * Member development (发展党员、公示、举报) in the built dashboard, in headless Chromium against the
 * built server with demo data: a chamber coordinator finds an activist whose notice still runs,
 * records and settles a report on that notice, opens a case and takes its first steps through the
 * step dialogs, drafts a working-day notice across National Day; chamber staff may neither publish
 * notices nor judge reports.
 * Needs `npm run build` first (turbo's test task depends on build).
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { apiSignIn, artifacts, checkBuilt, dateValue, fillDate, graphql, launchBrowser, newPage, signIn, signOut, startServer, stopServer, uploadMaterial, type RunningServer } from './e2eHarness';
import { todayInChina } from './development/development';

jest.setTimeout(180_000);

/** GB 11643 check character over the first 17 digits. */
function checkCharacter(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * weights[i], 0);
  return '10X98765432'[sum % 11];
}

const APPLICANT_ID_BODY = '43010219920311002';
const APPLICANT = { name: '龙湘黔', nationalId: APPLICANT_ID_BODY + checkCharacter(APPLICANT_ID_BODY) };
const REPORT_TEXT = '来电反映：该同志在单位群众基础一般，请组织核实。';

/** Today in China, as the server counts days. */
const today = todayInChina();

interface DemoCase {
  id: string;
  person: { name: string } | null;
  notices: { id: string; stage: string; state: string; title: string }[];
}

describe('member development in the dashboard', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let activist: DemoCase;
  let branchName: string;
  let branchId: string;
  let stagedReportId: string;
  let newCaseId: string;
  let noticeId: string;
  let reportId: string;
  const pageErrors: string[] = [];

  const shot = async (name: string, { dialog = false } = {}) => {
    if (!dialog) await page.locator('.MuiDialog-root').waitFor({ state: 'detached' });
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(artifacts, `development-${name}.png`), fullPage: !dialog });
  };

  const open = async (route: string) => {
    await page.goto('about:blank');
    await page.goto(`${server!.url}/#${route}`);
  };

  const menu = () => page.locator('.RaSidebar-fixed');
  const dialog = () => page.getByRole('dialog');
  const combobox = (name: RegExp) => page.getByRole('combobox', { name });

  beforeAll(async () => {
    checkBuilt();
    server = await startServer();
    const cookie = await apiSignIn(server, 'hunan');
    const { allOrganizations: chambers } = await graphql<{ allOrganizations: { id: string }[] }>(server, { cookie }, '{ allOrganizations(filter: { kind: CHAMBER }) { id } }');
    const hunanId = chambers[0].id;
    const { allDevelopmentCases } = await graphql<{ allDevelopmentCases: DemoCase[] }>(
      server,
      { cookie },
      'query($o: ID) { allDevelopmentCases(filter: { stage: ACTIVIST, withinOrganization: $o, open: true }, perPage: 50) { id person { name } notices { id stage state title } } }',
      { o: hunanId },
    );
    activist = allDevelopmentCases.find((c) => c.notices.some((n) => n.stage === 'DEVELOPMENT_TARGET' && n.state === 'PUBLISHED'))!;
    expect(activist).toBeDefined();
    const { allOrganizations: branches } = await graphql<{ allOrganizations: { id: string; name: string }[] }>(
      server,
      { cookie },
      'query($o: ID) { allOrganizations(filter: { descendantsOf: $o, kind: BRANCH }, perPage: 1) { id name } }',
      { o: hunanId },
    );
    branchName = branches[0].name;
    branchId = branches[0].id;
    // Someone over 18 to apply, kept by the chamber's branch.
    await graphql(server, { cookie }, 'mutation($n: String!, $o: ID!, $i: String) { createPerson(name: $n, organizationId: $o, nationalId: $i) { id } }', {
      n: APPLICANT.name,
      o: branches[0].id,
      i: APPLICANT.nationalId,
    });
    // A report waiting for verification, for the staff's view.
    const running = activist.notices.find((n) => n.state === 'PUBLISHED')!;
    const { recordReport } = await graphql<{ recordReport: { id: string } }>(
      server,
      { cookie },
      'mutation($n: ID, $d: String!) { recordReport(channel: LETTER, noticeId: $n, content: "来信反映情况", anonymous: true, receivedOn: $d) { id } }',
      { n: running.id, d: today },
    );
    stagedReportId = recordReport.id;

    browser = await launchBrowser();
    ({ page } = await newPage(browser, pageErrors));
  });

  afterAll(async () => {
    await browser?.close();
    await stopServer(server);
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  test('shows the cases with the pipeline chart, in Chinese', async () => {
    await page.goto(`${server!.url}/`);
    await signIn(page, server!, 'hunan', '湖南商会协调员');
    await menu().getByRole('menuitem', { name: '发展党员' }).click();
    await page.waitForURL(/#\/developmentCases/);
    await page.getByTestId('pipeline-chart').locator('.recharts-bar-rectangle').first().waitFor();
    await page.getByTestId('pipeline-chart').getByText('入党积极分子').first().waitFor();
    for (const header of ['姓名', '阶段', '党组织', '申请日期', '关键日期', '提醒']) await page.getByRole('columnheader', { name: header }).waitFor();
    await page.locator('[data-case-alert="TALK_OVERDUE"]').getByText('谈话逾期').first().waitFor();
    await page.locator('[data-case-stage="ACTIVIST"]').getByText('入党积极分子').first().waitFor();
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/\b(ACTIVIST|APPLICANT|TALK_OVERDUE|DEVELOPMENT_TARGET|PROBATIONARY)\b/);
    await shot('case-list');
  });

  test('opens the activist whose notice still runs: moving on waits for the notice', async () => {
    await page.getByPlaceholder('搜索姓名或拼音首字母').fill(activist.person!.name);
    const row = page.getByRole('row').filter({ hasText: activist.person!.name }).first();
    await row.locator('[data-case-stage="ACTIVIST"]').waitFor();
    await row.locator('td.column-stage').click();
    await page.waitForURL(new RegExp(`#/developmentCases/${activist.id}/show`));
    const advance = page.getByTestId('step-ADVANCE');
    await expect(advance.getAttribute('data-ready')).resolves.toBe('false');
    await expect(advance.getByRole('button', { name: '确定为发展对象' }).isDisabled()).resolves.toBe(true);
    await advance.locator('[data-rule="noticeRunning"]').getByText(/公示尚未结束（最早可于 \d{4}-\d{2}-\d{2} 办理）/).waitFor();
    await page.getByTestId('case-timeline').locator('[data-action="OPEN"]').getByText('提出入党申请').waitFor();
    await page.getByTestId('case-notices').getByText('公示中').waitFor();
    await shot('case-notice-running');
  });

  test('records a hotline report on that notice and takes it through verification to closing', async () => {
    await menu().getByRole('menuitem', { name: '举报与意见' }).click();
    await page.waitForURL(/#\/reports/);
    await page.locator('[data-report-status="RECEIVED"]').first().getByText('已受理').waitFor();
    await shot('report-list');
    await page.getByRole('link', { name: '新建' }).click();
    await page.waitForURL(/#\/reports\/create/);
    const notice = activist.notices.find((n) => n.state === 'PUBLISHED')!;
    await combobox(/^公示/).click();
    await page.getByRole('option', { name: notice.title }).first().click();
    await combobox(/^发展对象/).click();
    await page.getByRole('option', { name: activist.person!.name, exact: true }).click();
    await page.getByLabel('内容 *').fill(REPORT_TEXT);
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/reports\/\d+\/show/);
    reportId = /#\/reports\/(\d+)\/show/.exec(page.url())![1];
    const summary = page.getByTestId('report-summary');
    await summary.getByText('已受理').waitFor();
    await summary.getByText('热线电话').waitFor();
    await summary.getByText(REPORT_TEXT).waitFor();

    await page.getByRole('button', { name: '开始核查' }).click();
    await dialog().getByRole('button', { name: '确认' }).click();
    await summary.getByText('核查中').waitFor();

    await page.getByRole('button', { name: '核查结论' }).click();
    await dialog().getByLabel('不属实').check();
    await dialog().getByLabel('核查情况 *').fill('经向所在支部和单位核实，反映情况不属实。');
    await dialog().getByRole('button', { name: '确认' }).click();
    await summary.getByText('情况不属实', { exact: true }).waitFor();

    await page.getByRole('button', { name: '办结' }).click();
    await dialog().getByText('办结时的处理意见（可选）').waitFor();
    await dialog().getByRole('button', { name: '确认' }).click();
    await summary.getByText('已办结').waitFor();
    await summary.getByText('经向所在支部和单位核实，反映情况不属实。').waitFor();
    await expect(page.getByRole('button', { name: /开始核查|核查结论|办结/ }).count()).resolves.toBe(0);
    await shot('report-show');
  });

  test('opens a case for a new applicant', async () => {
    await open('/developmentCases/create');
    await combobox(/^姓名/).fill(APPLICANT.name);
    await page.getByRole('option', { name: APPLICANT.name, exact: true }).click();
    await combobox(/^党组织/).fill(branchName);
    await page.getByRole('option', { name: branchName, exact: true }).click();
    await expect(dateValue(page, '申请日期 *')).resolves.toBe(today);
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/developmentCases\/\d+\/show/);
    newCaseId = /#\/developmentCases\/(\d+)\/show/.exec(page.url())![1];
    await page.getByTestId('case-header').getByText('入党申请人').waitFor();
    await page.getByTestId('step-ADVANCE').locator('[data-rule="talkRequired"]').getByText('须先记录与申请人的谈话').waitFor();
    // Applied for today, the case needs the national kinds of material: the talk waits for the letter and its record.
    const talkWaits = page.getByTestId('step-RECORD_TALK').locator('[data-rule="materialMissing"]');
    await talkWaits.getByText('尚未上传：入党申请书').waitFor();
    await talkWaits.getByText('尚未上传：谈话记录').waitFor();
    // Filed (the upload dialog is the dossier test's), the talk and the step after it no longer wait for them.
    const scanned = await page.screenshot({ clip: { x: 0, y: 0, width: 600, height: 700 } });
    const cookie = await apiSignIn(server!, 'hunan');
    for (const kind of ['APPLICATION_LETTER', 'TALK_RECORD', 'ACTIVIST_RECOMMENDATION']) await uploadMaterial(server!, cookie, newCaseId, kind, scanned, today);
    await page.reload();
    await page.waitForFunction(() => document.querySelector('[data-testid="dossier-TALK_RECORD"]')?.getAttribute('data-state') === 'PRESENT');
    await expect(page.getByTestId('step-RECORD_TALK').locator('[data-rule="materialMissing"]').count()).resolves.toBe(0);
  });

  test('shows the server’s refusal in the step dialog, then records the talk', async () => {
    await page.getByTestId('step-RECORD_TALK').getByRole('button', { name: '记录谈话' }).click();
    const form = dialog();
    await form.getByText(`记录谈话：${APPLICANT.name}`).waitFor();
    await expect(dateValue(form, '办理日期 *')).resolves.toBe(today);
    await fillDate(form, '办理日期 *', '2026-01-05');
    await form.getByRole('button', { name: '记录谈话' }).click();
    // The refusal keeps the date the server named: the day the case was opened.
    await form.getByText(`不能早于上一步办理的日期（${today}）`).waitFor();
    await form.getByTestId('step-refusal').waitFor();
    await shot('step-refusal', { dialog: true });

    await fillDate(form, '办理日期 *', today);
    await form.getByLabel('备注').fill('支部书记与申请人谈话');
    await form.getByRole('button', { name: '记录谈话' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.getByTestId('case-timeline').locator('[data-action="RECORD_TALK"]').getByText('支部书记与申请人谈话').waitFor();
  });

  test('advances the applicant to activist through the step dialog; the timeline shows each step', async () => {
    await page.getByTestId('step-ADVANCE').getByRole('button', { name: '确定为入党积极分子' }).click();
    await dialog().getByLabel('决议文号').fill('湖南商会党支部支委会决议');
    await dialog().getByRole('button', { name: '确定为入党积极分子' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.getByTestId('case-header').getByText('入党积极分子').waitFor();
    const timeline = page.getByTestId('case-timeline');
    const advanced = timeline.locator('[data-action="ADVANCE"]');
    await advanced.getByText('入党申请人 → 入党积极分子').waitFor();
    await advanced.getByText('湖南商会党支部支委会决议').waitFor();
    await advanced.getByText('湖南商会协调员').waitFor();
    await expect(timeline.locator('tbody tr').count()).resolves.toBe(3);
    await page.getByTestId('step-ADVANCE').locator('[data-rule="cultivationYear"]').waitFor();
    await shot('case-show');
  });

  test('names who took each step by display name, in the timeline and the history alike, with dates in one shape', async () => {
    const timeline = page.getByTestId('case-timeline');
    await expect(timeline.locator('[data-action="RECORD_TALK"] [data-actor]').textContent()).resolves.toBe('湖南商会协调员');
    await page.getByRole('tab', { name: '变更记录' }).click();
    const history = page.locator('table:has(tbody [data-date])');
    await history.locator('tbody tr').first().waitFor();
    // The account's display name, never its username (hunan), in every row.
    const actors = await history.locator('tbody [data-actor]').allTextContents();
    expect(actors.length).toBeGreaterThan(0);
    expect(new Set(actors)).toEqual(new Set(['湖南商会协调员']));
    // Moments as 2026-12-07 23:14, never 2026/12/7 23:14:25.
    const dates = await history.locator('tbody [data-date]').allTextContents();
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    await shot('case-history');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('case-history-narrow');
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  test('calls a notice starting in two days 即将公示 in the dashboard, as the public page does', async () => {
    const cookie = await apiSignIn(server!, 'hunan');
    const inTwoDays = new Date(Date.parse(`${today}T00:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10);
    const { createPublicNotice: draft } = await graphql<{ createPublicNotice: { id: string; version: number } }>(
      server!,
      { cookie },
      'mutation($o: ID!, $c: [ID!], $s: String!) { createPublicNotice(organizationId: $o, stage: DEVELOPMENT_TARGET, title: "即将开始的公示", startsOn: $s, caseIds: $c, hotline: "0851-12345678", suggestionBox: "一楼") { id version } }',
      { o: branchId, c: [newCaseId], s: inTwoDays },
    );
    await graphql(server!, { cookie }, 'mutation($id: ID!, $v: Int!) { publishNotice(id: $id, version: $v) { id } }', { id: draft.id, v: draft.version });
    await open(`/publicNotices/${draft.id}/show`);
    await page.locator('[data-notice-state="UPCOMING"]').first().getByText('即将公示').waitFor();
    await shot('notice-upcoming');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('notice-upcoming-narrow');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${server!.url}/public/notices/${draft.id}`);
    await page.getByText('即将公示').first().waitFor();
    await expect(page.getByText('公示中').count()).resolves.toBe(0);
    await page.screenshot({ path: path.join(artifacts, 'development-notice-upcoming-public.png'), fullPage: true });
    await open('/developmentCases');
  });

  test('drafts a working-day notice across National Day; the end date is computed live', async () => {
    await menu().getByRole('menuitem', { name: '公示' }).click();
    await page.waitForURL(/#\/publicNotices/);
    await page.locator('[data-notice-state="PUBLISHED"]').first().getByText('公示中').waitFor();
    await shot('notice-list');
    await page.getByRole('link', { name: '新建' }).click();
    await combobox(/^党组织/).fill(branchName);
    await page.getByRole('option', { name: branchName, exact: true }).click();
    await combobox(/^公示类型/).click();
    await page.getByRole('option', { name: '发展对象公示' }).click();
    await page.getByLabel('标题 *').fill(`${branchName}关于确定${APPLICANT.name}为发展对象的公示`);
    await fillDate(page, '开始日期 *', '2026-09-28');
    await expect(page.getByLabel('公示天数 *').inputValue()).resolves.toBe('10');
    await combobox(/^计算方式/).click();
    await page.getByRole('option', { name: '工作日' }).click();
    await page.getByTestId('notice-end-date').locator('[data-ends-on="2026-10-15"]').getByText('2026-10-15').waitFor();
    await page.getByLabel('举报电话 *').fill('0851-85667628');
    await page.getByLabel('意见箱 *').fill('商会党群服务中心一楼意见箱');
    await combobox(/^公示对象/).click();
    await page.getByRole('option', { name: APPLICANT.name, exact: true }).click();
    await page.keyboard.press('Escape');
    await shot('notice-form');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/publicNotices\/\d+\/show/);
    noticeId = /#\/publicNotices\/(\d+)\/show/.exec(page.url())![1];
    const summary = page.getByTestId('notice-summary');
    await summary.getByTestId('notice-ends-on').getByText('2026-10-15').waitFor();
    await summary.getByText('草稿').waitFor();
    await summary.getByText('10 个工作日').waitFor();
    await page.getByTestId('notice-cases').getByText(APPLICANT.name).waitFor();
    // Its first day has passed: the public would not see those days, so it is not published online.
    await page.getByTestId('notice-past-start').getByText(/开始日期已过/).waitFor();
    await page.getByTestId('record-paper-notice').waitFor();
    await expect(page.getByRole('button', { name: '发布' }).count()).resolves.toBe(0);
    await shot('notice-show');
    await signOut(page);
  });

  test('offers chamber staff neither publishing nor the report workflow', async () => {
    await signIn(page, server!, 'hunan-staff', '湖南商会工作人员');
    await open(`/publicNotices/${noticeId}/show`);
    await page.getByTestId('notice-summary').getByText('草稿').waitFor();
    await page.getByRole('link', { name: '编辑' }).waitFor();
    await expect(page.getByRole('button', { name: '发布' }).count()).resolves.toBe(0);
    await expect(page.getByTestId('record-paper-notice').count()).resolves.toBe(0);

    await open(`/reports/${stagedReportId}/show`);
    await page.getByTestId('report-summary').getByText('已受理').waitFor();
    await expect(page.getByRole('button', { name: '开始核查' }).count()).resolves.toBe(0);
    await open(`/reports/${reportId}/show`);
    await page.getByTestId('report-summary').getByText('已办结').waitFor();

    await open(`/developmentCases/${newCaseId}/show`);
    await page.getByTestId('step-ASSIGN_CONTACTS').getByRole('button', { name: '确定培养联系人' }).waitFor();
    await shot('staff-case-show');
    await signOut(page);
  });

  test('records the draft as a notice that ran on paper, with why and what shows it', async () => {
    await signIn(page, server!, 'hunan', '湖南商会协调员');
    await open(`/publicNotices/${noticeId}/show`);
    await page.getByTestId('record-paper-notice').click();
    await dialog().getByRole('button', { name: '确认' }).click();
    await expect(dialog().getByText('必填').count()).resolves.toBe(2);
    await dialog().getByLabel('补录原因 *').fill('国庆前已在商会公告栏张贴，当时尚未使用本系统');
    await dialog().getByLabel('张贴凭证 *').fill('公告栏张贴照片，党支部会议记录第 9 期');
    await shot('notice-paper-dialog', { dialog: true });
    await dialog().getByRole('button', { name: '确认' }).click();
    await dialog().waitFor({ state: 'detached' });
    const paper = page.getByTestId('paper-notice');
    await paper.getByText(/纸质公示补录：湖南商会协调员 于 .* 登记/).waitFor();
    await paper.getByText('国庆前已在商会公告栏张贴，当时尚未使用本系统').waitFor();
    await paper.getByText('公告栏张贴照片，党支部会议记录第 9 期').waitFor();
    await expect(page.getByRole('link', { name: '编辑' }).count()).resolves.toBe(0);
    await shot('notice-paper');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('notice-paper-narrow');
    await page.setViewportSize({ width: 1440, height: 900 });
    await open(`/publicNotices?filter=${encodeURIComponent(JSON.stringify({ q: APPLICANT.name }))}`);
    await page.getByRole('row').filter({ hasText: APPLICANT.name }).getByTestId('paper-chip').waitFor();
    await signOut(page);
  });

  test('lets an administrator keep the holiday calendar', async () => {
    await signIn(page, server!, 'admin', '部门管理员');
    await menu().getByRole('menuitem', { name: '节假日设置' }).click();
    await page.waitForURL(/#\/calendarDays/);
    await page.getByTestId('calendar-coverage').getByText(/已收录国务院 \d{4}–\d{4} 年的节假日和调休安排/).waitFor();
    await page.getByRole('button', { name: '添加调整' }).click();
    await fillDate(dialog(), '日期 *', '2026-12-31');
    await dialog().getByLabel('说明').fill('本地调休');
    await dialog().getByRole('button', { name: '保存' }).click();
    await dialog().waitFor({ state: 'detached' });
    const row = page.getByRole('row').filter({ hasText: '2026-12-31' });
    await row.getByText('休息日').waitFor();
    await row.getByText('本地调休').waitFor();
    await shot('calendar');
  });

  test('checks a people sheet before importing it, and downloads the list', async () => {
    await open(`/people?filter=${encodeURIComponent('{}')}`);
    await page.getByRole('link', { name: '下载模板' }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByTestId('people-export').click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);

    await page.getByRole('button', { name: '导入' }).click();
    const csv = (rows: string[]) => Buffer.from(`\ufeff姓名*,所属组织*,身份证号\n${rows.join('\n')}\n`, 'utf8');
    await page.getByTestId('people-import-file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: csv(['田黔湘,不存在的组织,', `,${branchName},43010219920311002X`]) });
    const outcome = page.getByTestId('people-import-outcome');
    await outcome.getByText(/发现 \d+ 个问题/).waitFor();
    await outcome.getByRole('columnheader', { name: '行号' }).waitFor();
    await outcome.getByText('所属组织', { exact: true }).first().waitFor();
    await expect(dialog().getByRole('button', { name: '确认导入' }).isDisabled()).resolves.toBe(true);
    await shot('people-import-problems', { dialog: true });

    await page.getByTestId('people-import-file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: csv([`田黔湘,${branchName},`]) });
    await outcome.getByText('没有发现问题，可以导入。').waitFor();
    await dialog().getByRole('button', { name: '确认导入' }).click();
    await page.getByText('已导入 1 人').waitFor();
    await dialog().waitFor({ state: 'detached' });
  });
});
