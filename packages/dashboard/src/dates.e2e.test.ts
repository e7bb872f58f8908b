/**
 * Date inputs (dates/DateInput.tsx) in the built dashboard, in headless Chromium against the
 * built server with demo data: in Chinese and in English a day shows and is typed as
 * `2026-12-07` (not the browser's `12/07/2026`), the calendar speaks the interface's language,
 * a day chosen or typed is saved as that string, and a date half typed is refused. The picker
 * loads with the first date input, not with the app.
 * Needs `npm run build` first (turbo's test task depends on build).
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { apiSignIn, artifacts, checkBuilt, dateInput, dateValue, fillDate, graphql, launchBrowser, newPage, signIn, startServer, stopServer, type RunningServer } from './e2eHarness';

jest.setTimeout(180_000);

describe('date inputs', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let adminCookie: string;
  const pageErrors: string[] = [];
  const scripts: string[] = [];

  const dialog = () => page.getByRole('dialog');
  /** The field's text as on screen, its sections joined. */
  const shown = async (label: string) => (await (await dateInput(dialog(), label)).innerText()).replace(/\s+/g, '');
  const storedDays = async () => {
    const { allCalendarDays } = await graphql<{ allCalendarDays: { date: string; note: string | null }[] }>(
      server!,
      { cookie: adminCookie },
      '{ allCalendarDays(filter: { date_gte: "2026-12-01", date_lte: "2026-12-31" }, perPage: 100) { date note } }',
    );
    return allCalendarDays.filter((d) => d.note?.startsWith('日期输入')).map((d) => `${d.date} ${d.note}`).sort();
  };

  beforeAll(async () => {
    checkBuilt();
    server = await startServer();
    adminCookie = await apiSignIn(server, 'admin');
    browser = await launchBrowser();
    ({ page } = await newPage(browser, pageErrors));
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(path.basename(new URL(request.url()).pathname));
    });
  });

  afterAll(async () => {
    await browser?.close();
    await stopServer(server);
  });

  test('loads the picker with the first date input, not with the app', async () => {
    await signIn(page, server!, 'admin', '部门管理员');
    expect(scripts.filter((name) => name.startsWith('datePicker'))).toEqual([]);
    await page.goto(`${server!.url}/#/calendarDays`);
    await page.getByRole('button', { name: '添加调整' }).click();
    await (await dateInput(dialog(), '日期 *')).locator('[role="spinbutton"]').first().waitFor();
    expect(scripts.filter((name) => name.startsWith('datePicker'))).toHaveLength(1);
    await dialog().getByRole('button', { name: '取消' }).click();
  });

  test('in Chinese: shows and takes 2026-12-07, the calendar in Chinese, and saves the day as typed', async () => {
    await page.goto(`${server!.url}/#/calendarDays`);
    await page.getByRole('button', { name: '添加调整' }).click();
    await fillDate(dialog(), '日期 *', '2026-12-07');
    expect(await shown('日期 *')).toBe('2026-12-07');
    expect(await dateValue(dialog(), '日期 *')).toBe('2026-12-07');
    // The calendar opens on the typed day's month, named in Chinese; a day chosen there is a day
    // of that month, whatever the browser's time zone.
    await (await dateInput(dialog(), '日期 *')).locator('xpath=..').getByRole('button').click();
    const calendar = page.getByRole('grid');
    await page.getByText(/十二月\s*2026|2026\s*年\s*12\s*月/).first().waitFor();
    await calendar.getByRole('gridcell', { name: '8', exact: true }).click();
    await page.getByRole('grid').waitFor({ state: 'detached' });
    expect(await dateValue(dialog(), '日期 *')).toBe('2026-12-08');
    await fillDate(dialog(), '日期 *', '2026-12-07');
    await dialog().getByLabel('说明').fill('日期输入中文');
    await page.screenshot({ path: path.join(artifacts, 'dates-zh.png') });
    await dialog().getByRole('button', { name: '保存' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.getByRole('row').filter({ hasText: '日期输入中文' }).getByText('2026-12-07').waitFor();
    expect(await storedDays()).toEqual(['2026-12-07 日期输入中文']);
  });

  test('refuses a date half typed, and saves nothing', async () => {
    await page.getByRole('button', { name: '添加调整' }).click();
    await fillDate(dialog(), '日期 *', '');
    // The field is focused and emptied: the year comes first.
    await page.keyboard.type('2026-12');
    await dialog().getByLabel('说明').fill('日期输入未填完');
    await dialog().getByRole('button', { name: '保存' }).click();
    await dialog().getByText('请填写真实存在的日期（年-月-日）').waitFor();
    // Completing it clears the refusal.
    await (await dateInput(dialog(), '日期 *')).locator('[role="spinbutton"]').last().click();
    await page.keyboard.type('09');
    await dialog().getByText('请填写真实存在的日期（年-月-日）').waitFor({ state: 'detached' });
    await dialog().getByRole('button', { name: '取消' }).click();
    expect(await storedDays()).toEqual(['2026-12-07 日期输入中文']);
  });

  test('in English: shows and takes 2026-12-07 (not 12/07/2026), the calendar in English, and saves the day as typed', async () => {
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Add override' }).click();
    await fillDate(dialog(), 'Date *', '2026-12-09');
    expect(await shown('Date *')).toBe('2026-12-09');
    await (await dateInput(dialog(), 'Date *')).locator('xpath=..').getByRole('button').click();
    await page.getByText('December 2026').waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('grid').waitFor({ state: 'detached' });
    await dialog().getByLabel('Note').fill('日期输入英文');
    await page.screenshot({ path: path.join(artifacts, 'dates-en.png') });
    await dialog().getByRole('button', { name: 'Save' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.getByRole('row').filter({ hasText: '日期输入英文' }).getByText('2026-12-09').waitFor();
    expect(await storedDays()).toEqual(['2026-12-07 日期输入中文', '2026-12-09 日期输入英文']);
    expect(pageErrors).toEqual([]);
  });
});
