/**
 * Oversight (党建监督) in the built dashboard, in headless Chromium against the built server with
 * demo data: the administrator's home page shows the year's KPIs, charts and overdue counts; a
 * count drills down to its list (chambers without a letter), a letter signed there lowers the
 * count on the home page; the assessor scores a chamber; the overdue meetings open the meeting
 * list filtered to them and one is recorded as held; a chamber coordinator's home page covers
 * only their chamber. Every screen is saved as a screenshot.
 * Needs `npm run build` first (turbo's test task depends on build).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { apiSignIn, artifacts, checkBuilt, graphql, launchBrowser, listTotal, newPage, signIn, signOut, startServer, stopServer, type RunningServer } from './e2eHarness';
import { todayInChina } from './development/development';

jest.setTimeout(180_000);

/** Enum values that must never reach the screen untranslated. */
const RAW_ENUMS = /\b(TALK_OVERDUE|LETTER_MISSING|MEETING_NOT_HELD|FOUR_HAVES|MASS_ROOM|PLANNED|RECTIFYING|IDENTIFIED|SYSTEM|ATMOSPHERE|PARTY_LECTURE|THEME_DAY)\b/;

/** A PNG of one colour, made here so the test needs no image library. */
function solidPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([0x2e, 0x7d, 0x32]))]);
  const pixels = zlib.deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

interface Overdue {
  kind: string;
  count: number;
}

describe('oversight in the dashboard', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let adminCookie: string;
  const pageErrors: string[] = [];

  const shot = async (name: string, { dialog = false } = {}) => {
    if (!dialog) await page.locator('.MuiDialog-root').waitFor({ state: 'detached' });
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(artifacts, `oversight-${name}.png`), fullPage: !dialog });
  };

  const open = async (route: string) => {
    await page.goto('about:blank');
    await page.goto(`${server!.url}/#${route}`);
  };

  const overdue = async (cookie: string) =>
    new Map((await graphql<{ homeDashboard: { overdue: Overdue[] } }>(server!, { cookie }, '{ homeDashboard { overdue { kind count } } }')).homeDashboard.overdue.map((o) => [o.kind, o.count]));

  const overdueCount = (kind: string) => page.getByTestId(`overdue-${kind}`).locator('.MuiChip-label');

  beforeAll(async () => {
    checkBuilt();
    server = await startServer();
    adminCookie = await apiSignIn(server, 'admin');
    browser = await launchBrowser();
    ({ page } = await newPage(browser, pageErrors));
  });

  afterAll(async () => {
    await browser?.close();
    await stopServer(server);
  });

  it('shows the administrator the year on the home page, in Chinese, with the server\'s figures', async () => {
    // Chamber staff trying another chamber's credit codes until the daily budget: flagged on the administrators' home page.
    const staffCookie = await apiSignIn(server!, 'hunan-staff');
    type Orgs = { allOrganizations: { id: string; name: string; creditCode: string | null }[] };
    const chambers = `{ allOrganizations(perPage: 100, filter: { kind: CHAMBER }) { id name creditCode } }`;
    const chamber = (await graphql<Orgs>(server!, { cookie: staffCookie }, chambers)).allOrganizations[0];
    // Another chamber's code: staff do not see that chamber.
    const elsewhere = (await graphql<Orgs>(server!, { cookie: adminCookie }, chambers)).allOrganizations.find((o) => o.creditCode && o.id !== chamber.id)!;
    for (let i = 0; i < 10; i += 1) {
      await expect(
        graphql(server!, { cookie: staffCookie }, 'mutation($p: ID!, $c: String, $n: String!) { createOrganization(kind: ENTERPRISE, name: $n, parentId: $p, creditCode: $c) { id } }', { p: chamber.id, c: elsewhere.creditCode, n: `试探企业${i}` }),
      ).rejects.toThrow(/notAccepted/);
    }
    const figures = (await graphql<{ homeDashboard: { chambers: number; lettersSigned: number; overdue: Overdue[] } }>(server!, { cookie: adminCookie }, '{ homeDashboard { chambers lettersSigned overdue { kind count } } }')).homeDashboard;
    await signIn(page, server!, 'admin', '部门管理员');
    const home = page.getByTestId('home-dashboard');
    await home.getByText('党建工作总览').waitFor();
    await page.getByTestId('kpi-letters-value').waitFor();
    expect(await page.getByTestId('kpi-letters-value').innerText()).toBe(`${figures.lettersSigned} / ${figures.chambers}`);
    for (const testId of ['kpi-organization-coverage', 'kpi-chamber-coverage', 'kpi-regularity', 'kpi-pipeline', 'kpi-training', 'kpi-assessments', 'kpi-venues']) {
      expect(await page.getByTestId(`${testId}-value`).innerText()).toMatch(/\d/);
    }
    for (const { kind, count } of figures.overdue) expect(await overdueCount(kind).innerText()).toBe(String(count));
    await expect(page.getByTestId('overdue-list').innerText()).resolves.toContain('商会未签订责任书');
    // The charts drew their bars and slices.
    await page.locator('[data-testid="chart-coverage"] .recharts-bar-rectangle').first().waitFor();
    await page.locator('[data-testid="chart-regularity"] .recharts-pie-sector').first().waitFor();
    await page.locator('[data-testid="chart-pipeline"] .recharts-bar-rectangle').first().waitFor();
    expect(await home.innerText()).not.toMatch(RAW_ENUMS);
    const probing = page.getByTestId('probing-accounts');
    await expect(probing.innerText()).resolves.toMatch(/hunan-staff[\s\S]*被拒 10 个号码/);
    await shot('home');

    // The year's report in Excel, over the same scope.
    const download = page.waitForEvent('download');
    await page.getByTestId('annual-report').click();
    const file = await download;
    const chinaYear = todayInChina().slice(0, 4);
    expect(file.suggestedFilename()).toBe(`${chinaYear}年度党建工作报告.xlsx`);
    const bytes = fs.readFileSync((await file.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.length).toBeGreaterThan(5000);
  });

  it('opens coverage from the home page and drills down to a chamber\'s enterprises not covered', async () => {
    interface Report {
      coverage: { organizationCoverage: number; workCoverage: number; byChamber: { chamberId: string; chamberName: string }[] };
      uncoveredEnterprises: { chamberId: string; missingOrganization: boolean; missingWork: boolean }[];
    }
    // A chamber just registered, with no member enterprise yet: nothing of it is uncovered.
    const { allOrganizations: agencies } = await graphql<{ allOrganizations: { id: string }[] }>(server!, { cookie: adminCookie }, '{ allOrganizations(filter: { kind: AGENCY }) { id } }');
    await graphql(server!, { cookie: adminCookie }, 'mutation($p: ID) { createOrganization(kind: CHAMBER, name: "贵州省新设测试商会", shortName: "新设测试商会", originProvince: "青海", parentId: $p) { id } }', { p: agencies[0].id });
    const report = await graphql<Report>(server!, { cookie: adminCookie }, '{ coverage { organizationCoverage workCoverage byChamber { chamberId chamberName } } uncoveredEnterprises { chamberId missingOrganization missingWork } }');
    expect(report.uncoveredEnterprises.length).toBeGreaterThan(0);
    await page.getByTestId('menu-home').click();
    await page.getByTestId('kpi-organization-coverage').click();
    await page.waitForURL(/#\/oversight\/coverage/);
    const figures = page.getByTestId('coverage-figures');
    await figures.waitFor();
    const percent = (v: number) => `${(v * 100).toFixed(1)}%`;
    await expect(figures.innerText()).resolves.toContain(percent(report.coverage.organizationCoverage));
    await expect(figures.innerText()).resolves.toContain(percent(report.coverage.workCoverage));
    expect(await page.getByTestId('coverage-chambers').locator('tbody tr').count()).toBe(report.coverage.byChamber.length);
    const uncovered = page.getByTestId('coverage-uncovered');
    await uncovered.getByRole('heading', { name: `未覆盖的会员企业（${report.uncoveredEnterprises.length}）`, exact: true }).waitFor();
    expect(await page.getByTestId('coverage-page').innerText()).not.toMatch(RAW_ENUMS);

    // The heading says the order the rows are in: organization coverage, then work coverage, lowest first
    // (a chamber with no enterprise that has members has nothing to cover by organizations).
    await page.getByRole('heading', { name: '各商会覆盖情况（组织覆盖率低的在前，相同时工作覆盖率低的在前）' }).waitFor();
    const figuresOf = await graphql<{ coverage: { byChamber: { chamberName: string; enterprises: number; enterprisesWithMembers: number; organizationCoverage: number; workCoverage: number }[] } }>(
      server!,
      { cookie: adminCookie },
      '{ coverage { byChamber { chamberName enterprises enterprisesWithMembers organizationCoverage workCoverage } } }',
    );
    const byName = new Map(figuresOf.coverage.byChamber.map((c) => [c.chamberName, c]));
    const shown = (await page.getByTestId('coverage-chambers').locator('tbody tr td:first-child').allInnerTexts()).map((name) => byName.get(name.trim())!);
    for (let i = 1; i < shown.length; i += 1) {
      const [a, b] = [shown[i - 1], shown[i]];
      const org = (c: typeof a) => (c.enterprisesWithMembers ? c.organizationCoverage : 1);
      const work = (c: typeof a) => (c.enterprises ? c.workCoverage : 1);
      expect({ a: a.chamberName, b: b.chamberName, ordered: org(a) < org(b) || (org(a) === org(b) && work(a) <= work(b)) }).toEqual({ a: a.chamberName, b: b.chamberName, ordered: true });
    }
    // Only chambers with enterprises not covered offer to list them.
    const withGaps = new Set(report.uncoveredEnterprises.map((e) => e.chamberId));
    for (const c of report.coverage.byChamber) {
      const row = page.getByTestId('coverage-chambers').locator('tbody tr', { has: page.getByRole('link', { name: c.chamberName, exact: true }) });
      expect({ chamber: c.chamberName, link: await row.getByTestId('coverage-show-uncovered').count() }).toEqual({ chamber: c.chamberName, link: withGaps.has(c.chamberId) ? 1 : 0 });
    }
    expect(report.coverage.byChamber.some((c) => !withGaps.has(c.chamberId))).toBe(true);
    await shot('coverage');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('coverage-390');
    await page.setViewportSize({ width: 1440, height: 900 });

    // The chamber with the most enterprises not covered, then only those without party work.
    const counts = new Map<string, number>();
    for (const e of report.uncoveredEnterprises) counts.set(e.chamberId, (counts.get(e.chamberId) ?? 0) + 1);
    const [chamberId, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
    const chamber = report.coverage.byChamber.find((c) => c.chamberId === chamberId)!;
    await page.getByTestId('coverage-chambers').locator('tbody tr', { hasText: chamber.chamberName }).first().getByTestId('coverage-show-uncovered').click();
    await uncovered.getByRole('heading', { name: `${chamber.chamberName}未覆盖的会员企业（${n}）`, exact: true }).waitFor();
    expect(await uncovered.locator('tbody tr').count()).toBe(Math.min(n, 25));
    const withoutWork = report.uncoveredEnterprises.filter((e) => e.chamberId === chamberId && e.missingWork).length;
    await uncovered.getByTestId('coverage-gap').click();
    await page.getByRole('option', { name: '党的工作未覆盖' }).click();
    await uncovered.getByRole('heading', { name: `${chamber.chamberName}未覆盖的会员企业（${withoutWork}）`, exact: true }).waitFor();
    // Every row left lacks party work.
    expect(await uncovered.locator('tbody tr').count()).toBe(Math.min(withoutWork, 25) || 1);
    if (withoutWork) expect(await uncovered.locator('tbody tr', { hasText: '党的工作未覆盖' }).count()).toBe(Math.min(withoutWork, 25));
    await shot('coverage-chamber');
    await page.getByTestId('menu-home').click();
    await page.getByTestId('home-dashboard').waitFor();
  });

  it('drills down from a count to the chambers without a letter, and signing one lowers the count', async () => {
    const before = (await overdue(adminCookie)).get('LETTER_MISSING')!;
    expect(before).toBeGreaterThan(0);
    await page.getByTestId('overdue-LETTER_MISSING').click();
    await page.getByTestId('letters-page').waitFor();
    await expect(page.getByTestId('letters-missing').innerText()).resolves.toContain(`尚未签订的商会（${before} 个）`);
    expect(await page.getByTestId('letters-page').innerText()).not.toMatch(RAW_ENUMS);
    await shot('letters');

    // A chamber's chip opens the letter for that chamber.
    const chip = page.getByTestId('letters-missing').locator('.MuiChip-root').first();
    const chamberName = (await chip.innerText()).trim();
    await chip.click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('letter-chamber').innerText()).resolves.toContain(chamberName);
    await dialog.locator('input[name="signatory"]').fill('王会长');
    await dialog.locator('textarea[name="target-SYSTEM"]').first().fill('健全议事规则，按期换届');
    await dialog.locator('textarea[name="target-ATMOSPHERE"]').first().fill('每季度开展主题党日');
    await shot('letter-dialog', { dialog: true });
    await dialog.getByTestId('letter-save').click();
    await dialog.waitFor({ state: 'detached' });
    await expect(page.getByTestId('letters-missing').innerText()).resolves.toContain(`（${before - 1} 个）`);
    const signedRow = page.locator('tbody tr', { hasText: '王会长' });
    await expect(signedRow.innerText()).resolves.toContain('健全议事规则，按期换届');

    await page.getByTestId('menu-home').click();
    await page.getByTestId('home-dashboard').getByText('党建工作总览').waitFor();
    await page.waitForFunction(([kind, count]) => document.querySelector(`[data-testid="overdue-${kind}"] .MuiChip-label`)?.textContent === count, ['LETTER_MISSING', String(before - 1)] as const);
  });

  it('opens the overdue meetings as the meeting list filtered to them, and records one as held', async () => {
    const before = (await overdue(adminCookie)).get('MEETING_NOT_HELD')!;
    expect(before).toBeGreaterThan(0);
    await page.getByTestId('overdue-MEETING_NOT_HELD').click();
    await page.locator('.RaList-main').waitFor();
    await page.locator('tbody tr').first().waitFor();
    expect(await page.locator('tbody tr').count()).toBe(before);
    await expect(page.locator('tbody').innerText()).resolves.toContain('逾期未记录');
    expect(await page.locator('.RaList-main').innerText()).not.toMatch(RAW_ENUMS);
    await shot('meetings-overdue');
    await page.getByTestId('meeting-record').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('input[name="attendedCount"]').fill('12');
    await dialog.locator('textarea[name="minutes"]').first().fill('重温入党誓词，学习党章。');
    await dialog.getByTestId('meeting-record-save').click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction((n) => document.querySelectorAll('tbody tr').length === n, before - 1);
    expect((await overdue(adminCookie)).get('MEETING_NOT_HELD')).toBe(before - 1);
  });

  it('shows the regularity, venue and rectification lists each count opens', async () => {
    await open('/oversight/regularity?annualOnly=1');
    await page.getByTestId('regularity-page').locator('tbody tr').first().waitFor();
    await expect(page.getByTestId('regularity-page').innerText()).resolves.toContain('一年一次');
    await shot('regularity');
    await open('/oversight/venues?compliant=0');
    await page.getByTestId('venue-page').locator('tbody tr').first().waitFor();
    const venues = await page.getByTestId('venue-page').innerText();
    expect(venues).toContain('未达标');
    expect(venues).not.toMatch(RAW_ENUMS);
    await shot('venues');
    // Every unit, paged by the server 25 at a time: the pager counts what the home page counts,
    // and the pages hold what the server's pages hold, short units first.
    const { homeDashboard } = await graphql<{ homeDashboard: { venueUnits: number } }>(server!, { cookie: adminCookie }, '{ homeDashboard { venueUnits } }');
    expect(homeDashboard.venueUnits).toBeGreaterThan(25);
    await open('/oversight/venues');
    const pager = page.getByTestId('venue-page').getByTestId('report-pager');
    await pager.waitFor();
    await expect(pager.innerText()).resolves.toContain(`第 1–25 条，共 ${homeDashboard.venueUnits} 条`);
    expect(await page.getByTestId('venue-page').locator('tbody tr').count()).toBe(25);
    const firstOfPageOne = (await page.getByTestId('venue-page').locator('tbody tr td').first().innerText()).trim();
    await pager.getByRole('button', { name: '下一页' }).click();
    await expect(pager.innerText()).resolves.toContain(`第 26–${Math.min(50, homeDashboard.venueUnits)} 条，共 ${homeDashboard.venueUnits} 条`);
    await page.waitForFunction((first) => document.querySelector('[data-testid="venue-page"] tbody tr td')?.textContent?.trim() !== first, firstOfPageOne);
    const { venueCompliancePage } = await graphql<{ venueCompliancePage: { items: { organizationName: string }[] } }>(server!, { cookie: adminCookie }, '{ venueCompliancePage(page: 1, perPage: 25) { items { organizationName } } }');
    const shownNames = (await page.getByTestId('venue-page').locator('tbody tr td:first-child').allInnerTexts()).map((name) => name.trim());
    expect(shownNames).toEqual(venueCompliancePage.items.map((u) => u.organizationName));
    await shot('venues-page-two');
    await page.getByTestId('menu-home').click();
    await page.getByTestId('overdue-RECTIFICATION_OPEN').click();
    await page.locator('.RaList-main tbody tr').first().waitFor();
    await expect(page.locator('.RaList-main').innerText()).resolves.toContain('整顿中');
    await shot('rectifications');
  });

  it('opens the party organizations overdue for election, each showing its term', async () => {
    const count = (await overdue(adminCookie)).get('TERM_OVERDUE')!;
    expect(count).toBeGreaterThan(0);
    await page.getByTestId('menu-home').click();
    await page.getByTestId('overdue-TERM_OVERDUE').click();
    await page.waitForURL(/#\/organizations/);
    await page.locator('.RaList-main tbody tr').first().waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('.RaList-main tbody tr').length === n, count);
    expect(await listTotal(page)).toBe(count);
    await page.locator('.RaList-main tbody tr').first().click();
    await page.getByTestId('term-state').waitFor();
    await expect(page.getByTestId('term-state').innerText()).resolves.toContain('逾期未换届');
    await shot('term-overdue');
    await signOut(page);
  });

  it('lets the assessor score a chamber against its letter, and the ranking shows the weighted total', async () => {
    await signIn(page, server!, 'assessor', '协调小组评估员');
    await open('/oversight/assessments');
    await page.getByTestId('assessments-page').locator('tbody tr').first().waitFor();
    await page.getByTestId('assessment-record').click();
    const dialog = page.getByRole('dialog');
    // The year's weights are 30, 20, 20, 15, 15: 90×30 + 80×20 + 70×20 + 60×15 + 100×15 = 8100 → 81.00.
    for (const [area, score] of [['SYSTEM', '90'], ['TRAINING', '80'], ['SUPPORT', '70'], ['ROLE', '60'], ['ATMOSPHERE', '100']]) {
      await dialog.locator(`input[name="score-${area}"]`).fill(score);
    }
    await shot('assessment-dialog', { dialog: true });
    await dialog.getByTestId('assessment-save').click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('tbody tr', { hasText: '81.00' }).waitFor();
    expect(await page.getByTestId('assessments-page').innerText()).not.toMatch(RAW_ENUMS);
    await shot('assessments');
    await signOut(page);
  });

  it('lets chamber staff register, inspect and photograph a venue until the unit meets its standard', async () => {
    await signIn(page, server!, 'hunan-staff', '湖南商会工作人员');
    await open('/oversight/venues?compliant=0');
    const table = page.getByTestId('venue-page');
    await table.locator('tbody tr').first().waitFor();
    const row = table.locator('tbody tr', { hasText: '尚未登记场所' }).first();
    const unit = (await row.locator('td').first().innerText()).trim();
    await row.getByTestId('venue-details').click();
    const dialog = page.getByTestId('venue-dialog');
    await dialog.locator('input[name="venueName"]').fill('职工之家');
    await dialog.getByTestId('venue-create').click();
    const card = dialog.locator('[data-testid^="venue-"]', { hasText: '职工之家' }).first();
    await card.getByTestId('venue-inspect').waitFor();
    await card.getByTestId('venue-inspect').click();
    for (const box of await card.locator('input[type="checkbox"]').all()) await box.check();
    await card.getByTestId('venue-inspect-save').click();
    const today = todayInChina();
    await card.getByText(`${today} 检查`).waitFor();
    await dialog.getByTestId('venue-photo-file').first().setInputFiles({ name: 'room.png', mimeType: 'image/png', buffer: solidPng(320, 240) });
    await dialog.locator('[data-testid="venue-photos"] img').first().waitFor();
    await dialog.getByTestId('venue-photo-file').first().setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('not an image at all') });
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByRole('alert').innerText()).toMatch(/[\u4e00-\u9fff]/);
    expect(await dialog.innerText()).not.toMatch(RAW_ENUMS);
    await shot('venue-dialog', { dialog: true });
    await page.keyboard.press('Escape');
    // Up to standard now: it leaves the list of short units.
    await page.waitForFunction((name) => ![...document.querySelectorAll('[data-testid="venue-page"] tbody tr td:first-child')].some((td) => td.textContent?.trim() === name), unit);
    await signOut(page);
  });

  it('keeps a chamber coordinator\'s home page to their chamber', async () => {
    await signIn(page, server!, 'hunan', '湖南商会协调员');
    await page.getByTestId('home-dashboard').getByText('党建工作总览').waitFor();
    await page.getByTestId('kpi-letters-value').waitFor();
    expect(await page.getByTestId('kpi-letters-value').innerText()).toMatch(/^[01] \/ 1$/);
    await shot('home-coordinator');
    await expect(page.getByTestId('menu-oversight-settings').count()).resolves.toBe(0);
    // Flagged accounts are the administrators' to see.
    await expect(page.getByTestId('probing-accounts').count()).resolves.toBe(0);
    await signOut(page);
  });

  it('shows a coordinator the reminders the server sent, each opening its record, and the count in the app bar', async () => {
    // The server looks for what is due when it starts: the demo chamber's late work reaches its coordinator.
    const hunanCookie = await apiSignIn(server!, 'hunan');
    type Inbox = { myReminders: { total: number; items: { id: string; kind: string; subjectType: string; label: string }[] }; myUnreadReminderCount: number };
    const inbox = () => graphql<Inbox>(server!, { cookie: hunanCookie }, '{ myReminders(perPage: 100) { total items { id kind subjectType label } } myUnreadReminderCount }');
    const until = Date.now() + 20_000;
    while ((await inbox()).myReminders.total === 0 && Date.now() < until) await page.waitForTimeout(250);
    const before = await inbox();
    expect(before.myUnreadReminderCount).toBeGreaterThan(0);
    await signIn(page, server!, 'hunan', '湖南商会协调员');
    const bell = page.getByTestId('reminder-bell');
    await bell.waitFor();
    await page.waitForFunction((n) => document.querySelector('[data-testid="reminder-bell"] .MuiBadge-badge')?.textContent === n, String(Math.min(before.myUnreadReminderCount, 99)));
    await bell.click();
    await page.getByTestId('reminders-page').getByTestId('reminder').first().waitFor();
    const list = page.getByTestId('reminders-page');
    expect(await list.getByTestId('reminder').count()).toBe(Math.min(before.myReminders.total, 25));
    expect(await list.innerText()).not.toMatch(RAW_ENUMS);
    await shot('reminders');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('reminders-390');
    await page.setViewportSize({ width: 1440, height: 900 });
    // A case's reminder opens the case and is read from then on.
    const first = before.myReminders.items.find((r) => r.subjectType === 'DEVELOPMENT_CASE')!;
    expect(first).toBeDefined();
    await list.getByTestId('reminder').filter({ hasText: first.label }).first().click();
    await page.waitForURL(/#\/developmentCases\/\d+\/show/);
    await page.locator('main').getByText(first.label).first().waitFor();
    expect((await inbox()).myUnreadReminderCount).toBe(before.myUnreadReminderCount - 1);
    await signOut(page);
  });

  it('lets the administrator set the enterprises of a joint branch, refusing a sixth', async () => {
    const { allOrganizations } = await graphql<{ allOrganizations: { id: string; ancestors: { id: string; kind: string }[] }[] }>(
      server!,
      { cookie: adminCookie },
      '{ allOrganizations(filter: { kind: JOINT_BRANCH }, perPage: 1) { id ancestors { id kind } } }',
    );
    const joint = allOrganizations[0];
    const chamberId = joint.ancestors.find((a) => a.kind === 'CHAMBER')!.id;
    const { venueCompliance } = await graphql<{ venueCompliance: { organizationName: string; requiredStandard: string }[] }>(server!, { cookie: adminCookie }, `{ venueCompliance(withinOrganization: "${chamberId}") { organizationName requiredStandard } }`);
    const names = venueCompliance.filter((u) => u.requiredStandard === 'MASS_ROOM').map((u) => u.organizationName).slice(0, 6);
    expect(names).toHaveLength(6);

    await signIn(page, server!, 'admin', '部门管理员');
    await open(`/organizations/${joint.id}/show`);
    await page.getByTestId('joint-enterprises').waitFor();
    await page.getByTestId('joint-enterprises-edit').click();
    const dialog = page.getByRole('dialog');
    const input = dialog.getByTestId('joint-enterprises-input').locator('input');
    for (const name of names) {
      await input.fill(name.slice(0, 6));
      await page.getByRole('option', { name }).click();
    }
    await dialog.getByTestId('joint-enterprises-save').click();
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByRole('alert').innerText()).toContain('联合党支部最多联合 5 家企业，本次选择了 6 家');
    await shot('joint-branch-refused', { dialog: true });
    await dialog.locator('.MuiChip-deleteIcon').last().click();
    await dialog.getByTestId('joint-enterprises-save').click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="joint-enterprises"] .MuiChip-root').length === 5);
    await shot('joint-branch');
    await signOut(page);
  });

  it('lets the administrator change the rules and next year\'s weights', async () => {
    await signIn(page, server!, 'admin', '部门管理员');
    await page.getByTestId('menu-oversight-settings').click();
    const rules = page.getByTestId('settings-rules');
    await rules.locator('input[name="termDueSoonMonths"]').fill('12');
    await rules.getByTestId('rules-save').click();
    await page.getByText('设置已保存').waitFor();
    const after = await graphql<{ organizationRules: { termDueSoonMonths: number } }>(server!, { cookie: adminCookie }, '{ organizationRules { termDueSoonMonths } }');
    expect(after.organizationRules.termDueSoonMonths).toBe(12);

    const weights = page.getByTestId('settings-weights');
    // Next year as the page counts it: in China, where 1 January comes eight hours before it does in UTC.
    const next = Number(todayInChina().slice(0, 4)) + 1;
    // A rule typed and not yet saved stays on screen while another year's weights load.
    await rules.locator('input[name="fullVenueMinMembers"]').fill('41');
    await weights.getByRole('combobox').click();
    await page.getByRole('option', { name: String(next) }).click();
    await page.waitForFunction((y) => document.querySelector('[data-testid="settings-weights"] [role="combobox"]')?.textContent === y, String(next));
    expect(await rules.locator('input[name="fullVenueMinMembers"]').inputValue()).toBe('41');
    // The weights form is that year's once it shows (the previous year's is never offered to type into).
    await weights.getByTestId('weights-loading').waitFor({ state: 'detached' });
    for (const [area, weight] of [['SYSTEM', '30'], ['TRAINING', '20'], ['SUPPORT', '20'], ['ROLE', '15'], ['ATMOSPHERE', '20']]) await weights.locator(`input[name="weight-${area}"]`).fill(weight);
    await expect(weights.getByTestId('weights-sum').innerText()).resolves.toBe('合计 105%');
    expect(await weights.getByTestId('weights-save').isDisabled()).toBe(true);
    await weights.locator('input[name="weight-ATMOSPHERE"]').fill('15');
    await weights.getByTestId('weights-save').click();
    // The rules' "saved" notice may still be up, so the server is asked until the weights are there.
    const savedWeights = async () =>
      (await graphql<{ assessmentWeights: { weight: number }[] }>(server!, { cookie: adminCookie }, `{ assessmentWeights(year: ${next}) { weight } }`)).assessmentWeights.map((w) => w.weight);
    const until = Date.now() + 10_000;
    while (JSON.stringify(await savedWeights()) !== JSON.stringify([30, 20, 20, 15, 15]) && Date.now() < until) await page.waitForTimeout(200);
    expect(await savedWeights()).toEqual([30, 20, 20, 15, 15]);
    await page.getByText('设置已保存').first().waitFor();
    // The reminder rules: the talk reminder moved to two weeks before and sent to coordinators only.
    const talk = page.getByTestId('reminder-rule-TALK_OVERDUE');
    await talk.locator('input[name="offsetDays"]').fill('-14');
    await talk.getByRole('checkbox', { name: '部门管理员（汇总）' }).uncheck();
    await talk.getByTestId('reminder-rule-save').click();
    const talkRule = async () => (await graphql<{ reminderRules: { kind: string; offsetDays: number; recipients: string[] }[] }>(server!, { cookie: adminCookie }, '{ reminderRules { kind offsetDays recipients } }')).reminderRules.find((r) => r.kind === 'TALK_OVERDUE')!;
    const ruleUntil = Date.now() + 10_000;
    while ((await talkRule()).offsetDays !== -14 && Date.now() < ruleUntil) await page.waitForTimeout(200);
    expect(await talkRule()).toEqual({ kind: 'TALK_OVERDUE', offsetDays: -14, recipients: ['COORDINATORS'] });
    // Sending: no mail server here, and it says so; a 钉钉 robot for a chamber, added and turned off.
    const channels = page.getByTestId('settings-channels');
    await expect(channels.getByTestId('email-status').innerText()).resolves.toContain('未配置邮件服务器');
    await channels.getByTestId('robot-add').click();
    const robotDialog = page.getByRole('dialog');
    await robotDialog.locator('input[name="name"]').fill('湖南商会党建工作群');
    await robotDialog.getByLabel('商会').fill('湖南');
    await page.getByRole('option', { name: '贵州省湖南商会' }).click();
    await robotDialog.locator('input[name="url"]').fill('https://oapi.dingtalk.com/robot/send?access_token=demo');
    await robotDialog.locator('input[name="secret"]').fill('SECdemo0123456789');
    await shot('robot-dialog', { dialog: true });
    await robotDialog.getByTestId('robot-save').click();
    await robotDialog.waitFor({ state: 'detached' });
    const robotRow = channels.getByTestId('robot').filter({ hasText: '湖南商会党建工作群' });
    await robotRow.getByText('贵州省湖南商会').waitFor();
    await robotRow.getByRole('switch', { name: '启用' }).uncheck();
    type Robots = { reminderWebhooks: { name: string; kind: string; enabled: boolean }[] };
    const robots = async () => (await graphql<Robots>(server!, { cookie: adminCookie }, '{ reminderWebhooks { name kind enabled } }')).reminderWebhooks;
    const robotUntil = Date.now() + 10_000;
    while ((await robots()).some((r) => r.enabled) && Date.now() < robotUntil) await page.waitForTimeout(200);
    expect(await robots()).toEqual([{ name: '湖南商会党建工作群', kind: 'DINGTALK', enabled: false }]);
    expect(await page.getByTestId('settings-page').innerText()).not.toMatch(RAW_ENUMS);
    await shot('settings');
    await signOut(page);
    expect(pageErrors).toEqual([]);
  });
});
