/**
 * People (人员) in the built dashboard, in headless Chromium against the built server with demo
 * data: a chamber coordinator finds, reads, creates, edits and archives people and sees whole
 * national ids; chamber staff see them masked.
 * Needs `npm run build` first (turbo's test task depends on build).
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { apiSignIn, artifacts, checkBuilt, dateValue, graphql, launchBrowser, listTotal, newPage, signIn, signOut, startServer, stopServer, type RunningServer } from './e2eHarness';

jest.setTimeout(120_000);

interface DemoPerson {
  id: string;
  name: string;
  namePinyin: string;
  nationalId: string;
  birthDate: string;
}

/** GB 11643 check character over the first 17 digits. */
function checkCharacter(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * weights[i], 0);
  return '10X98765432'[sum % 11];
}

const NEW_ID_BODY = '52010219900517001';
const NEW_ID = NEW_ID_BODY + checkCharacter(NEW_ID_BODY);
// Any other check character is wrong.
const WRONG_ID = NEW_ID_BODY + (NEW_ID.endsWith('0') ? '1' : '0');
const NEW_PERSON = { name: '李湘黔', phone: '13885100017', editedPhone: '13985100018', posts: '理事' };

/** An id as every read shows it. */
const maskOf = (id: string) => `${id.slice(0, 4)}${'*'.repeat(12)}${id.slice(-2)}`;

describe('people in the dashboard', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let member: DemoPerson;
  let maskedMemberId: string;
  let employerName: string;
  let newPersonId: string;
  const pageErrors: string[] = [];

  const shot = async (name: string) => {
    // Let dialogs finish closing and notifications finish sliding in; a form that scrolled to a
    // field with an error brings the app bar back at the top.
    await page.locator('.MuiDialog-root').waitFor({ state: 'detached' });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(artifacts, `people-${name}.png`), fullPage: true });
  };

  /** The page now at 1440 px and at a phone's 390 px, then back. */
  const shotBoth = async (name: string, { dialog = false } = {}) => {
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(artifacts, `people-${name}.png`), fullPage: !dialog });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(artifacts, `people-${name}-390.png`), fullPage: !dialog });
    await page.setViewportSize({ width: 1440, height: 900 });
  };

  /** Loads a page of the dashboard afresh, with nothing left from the previous test. */
  const open = async (route: string) => {
    await page.goto('about:blank');
    await page.goto(`${server!.url}/#${route}`);
  };

  /** The people list with no filter, whatever an earlier visit left in the list's stored settings. */
  const openList = () => open(`/people?filter=${encodeURIComponent('{}')}`);

  /** The input of a form field, found by its label. */
  const field = (label: string) => page.getByLabel(label, { exact: true });
  const helperOf = (source: string) => page.locator(`.ra-input-${source} .MuiFormHelperText-root`);
  const menu = () => page.locator('.RaSidebar-fixed');
  const dialog = () => page.getByRole('dialog');

  beforeAll(async () => {
    checkBuilt();
    server = await startServer();
    const cookie = await apiSignIn(server, 'hunan');
    // A full member of the chamber, kept by one of its party organizations.
    const { allPeople } = await graphql<{ allPeople: DemoPerson[] }>(
      server,
      { cookie },
      '{ allPeople(filter: { membershipStatus: FULL, relation: REGISTERED }, perPage: 20) { id name namePinyin nationalId birthDate } }',
    );
    const initials = (p: DemoPerson) => p.namePinyin.split(' ').map((syllable) => syllable[0]).join('');
    // One whose initials nobody else in the chamber shares, so the search finds them alone.
    const counts = new Map<string, number>();
    for (const p of allPeople) counts.set(initials(p), (counts.get(initials(p)) ?? 0) + 1);
    member = allPeople.find((p) => counts.get(initials(p)) === 1 && initials(p).length === 3) ?? allPeople[0];
    // Every read masks the id; the test knows the whole one from an audited view of its own.
    maskedMemberId = member.nationalId;
    member.nationalId = (await graphql<{ revealNationalId: string }>(server, { cookie }, 'mutation($id: ID!) { revealNationalId(id: $id) }', { id: member.id })).revealNationalId;
    const { allOrganizations } = await graphql<{ allOrganizations: { name: string }[] }>(
      server,
      { cookie },
      '{ allOrganizations(filter: { kind: ENTERPRISE }, perPage: 1) { name } }',
    );
    employerName = allOrganizations[0].name;

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

  test('opens 人员 from the menu as the chamber coordinator, in Chinese', async () => {
    // The way to the sign-in page asks the server who is signed in, and does not try to sign out.
    const operations: string[] = [];
    const listen = (request: { url: () => string; postData: () => string | null }) => {
      if (request.url().endsWith('/graphql')) operations.push(request.postData() ?? '');
    };
    page.on('request', listen);
    await page.goto(`${server!.url}/`);
    await page.waitForURL(/#\/login/);
    await page.locator('input[name="username"]').waitFor();
    await page.waitForTimeout(500);
    page.off('request', listen);
    expect(operations.some((body) => body.includes('me'))).toBe(true);
    expect(operations.filter((body) => body.includes('signOut'))).toEqual([]);
    await shotBoth('login');
    await signIn(page, server!, 'hunan', '湖南商会协调员');
    await menu().getByText('人员', { exact: true }).click();
    await page.waitForURL(/#\/people/);
    for (const header of ['姓名', '性别', '出生日期', '人员类别', '组织关系', '所属组织', '工作单位', '身份证号', '更新时间']) {
      // Sortable headers add the sort hint to their name.
      await page.getByRole('columnheader', { name: header }).waitFor();
    }
    await page.locator('[data-membership-status="FULL"]').first().getByText('正式党员').waitFor();
    await page.locator('[data-membership-status="NON_MEMBER"]').first().waitFor();
    expect(await listTotal(page)).toBeGreaterThan(10);
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/\b(FULL|NON_MEMBER|REGISTERED|FLOW_IN|MALE|FEMALE)\b/);
    expect(text).not.toMatch(/Rows per page|Add filter|Create\b|Search\b/);
    // Lists mask national ids, the coordinator's too.
    await page.locator('[data-testid="national-id"][data-masked="true"]').first().waitFor();
    await expect(page.locator('[data-testid="national-id"][data-masked="false"]').count()).resolves.toBe(0);
    await shot('list');
  });

  test('says there is nothing to export for an empty list, instead of downloading a sheet with the header only', async () => {
    await page.goto(`${server!.url}/#/people?filter=${encodeURIComponent(JSON.stringify({ q: '查无此人ZZZ' }))}`);
    // Once the list has loaded and found no one, the download is off.
    await page.getByTestId('people-export-empty').waitFor();
    const button = page.getByTestId('people-export');
    await expect(button.isDisabled()).resolves.toBe(true);
    await expect(button.getAttribute('href')).resolves.toBeNull();
    await page.getByTestId('people-export-empty').hover();
    await page.getByRole('tooltip').getByText('没有可导出的记录').waitFor();
    await shot('export-empty');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('export-empty-narrow');
    await page.setViewportSize({ width: 1440, height: 900 });
    // With rows to export, the download is there.
    await page.goto(`${server!.url}/#/people?filter=${encodeURIComponent('{}')}`);
    await page.locator('a[data-testid="people-export"]').waitFor();
    await expect(page.getByTestId('people-export').getAttribute('href')).resolves.toMatch(/^\/exports\/people\.xlsx/);
  });

  test('finds a member by the pinyin initials of their name', async () => {
    const initials = member.namePinyin
      .split(' ')
      .map((syllable) => syllable[0])
      .join('');
    await page.getByPlaceholder('搜索姓名、拼音首字母、所属组织、手机号或身份证号').fill(initials);
    await page.getByRole('cell', { name: member.name, exact: true }).waitFor();
    await page.getByText(/共 1 条/).waitFor();
    await shot('search');
  });

  test('opens the member and shows the whole national id, as an audited view', async () => {
    await page.getByRole('cell', { name: member.name, exact: true }).click();
    await page.waitForURL(new RegExp(`#/people/${member.id}/show`));
    const nationalId = page.getByTestId('person-summary').getByTestId('national-id');
    await expect(nationalId.innerText()).resolves.toBe(maskedMemberId);
    const views = async () =>
      (await graphql<{ _allAuditEntriesMeta: { count: number } }>(server!, { cookie: await apiSignIn(server!, 'admin') }, `{ _allAuditEntriesMeta(filter: { q: "person.viewNationalId" }) { count } }`))._allAuditEntriesMeta.count;
    const before = await views();
    await shot('show-masked');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('show-masked-narrow');
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByTestId('reveal-national-id').click();
    await page.getByTestId('person-summary').getByText(member.nationalId, { exact: true }).waitFor();
    await expect(nationalId.innerText()).resolves.toBe(member.nationalId);
    expect(await views()).toBe(before + 1);
    await page.getByTestId('person-summary').getByText(member.birthDate).waitFor();
    await page.getByTestId('person-summary').getByText('组织关系在此', { exact: true }).waitFor();
    await page.getByRole('tab', { name: '变更记录' }).waitFor();
    await page.getByRole('button', { name: '归档' }).waitFor();
    await shot('show');
  });

  test('shows the server’s Chinese message on a national id with a wrong check character', async () => {
    await open('/people/create');
    await field('姓名 *').fill(NEW_PERSON.name);
    // Seven digits are not a phone number: the form says so, by the server's rule.
    await field('手机号').fill('1388510');
    await page.getByRole('button', { name: '保存' }).click();
    await helperOf('phone').getByText(/请填写 11 位手机号（如 138、199 开头，须为在用号段）或带区号的固定电话/).waitFor();
    await field('手机号').fill(NEW_PERSON.phone);
    await field('身份证号').fill(WRONG_ID);
    await page.getByRole('combobox', { name: /所属组织/ }).fill('贵州省湖南商会');
    await page.getByRole('option', { name: '贵州省湖南商会', exact: true }).click();
    await page.getByRole('combobox', { name: /工作单位/ }).fill(employerName);
    await page.getByRole('option', { name: employerName, exact: true }).click();
    await helperOf('nationalId').getByText('出生日期和性别将按身份证号自动填写').waitFor();
    await page.getByRole('button', { name: '保存' }).click();
    await helperOf('nationalId').getByText('身份证号末位校验码不正确，请核对各位数字').waitFor();
    await page.getByText('表单有误，请检查标红的字段').waitFor();
    expect(page.url()).toMatch(/#\/people\/create$/);
    await shot('create-error');
  });

  test('saves once the national id is right, with the birth date and gender taken from it', async () => {
    await field('身份证号').fill(NEW_ID);
    await expect(dateValue(page, '出生日期')).resolves.toBe('1990-05-17');
    await helperOf('birthDate').getByText('由身份证号得出').waitFor();
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/people\/\d+\/show/);
    newPersonId = /#\/people\/(\d+)\/show/.exec(page.url())![1];
    const summary = page.getByTestId('person-summary');
    await summary.getByText('1990-05-17').waitFor();
    await summary.getByText('男', { exact: true }).waitFor();
    await expect(summary.getByTestId('national-id').innerText()).resolves.toBe(maskOf(NEW_ID));
    await summary.getByRole('link', { name: '贵州省湖南商会' }).waitFor();
    await summary.getByRole('link', { name: employerName }).waitFor();
    await summary.getByText('群众', { exact: true }).waitFor();
    await shot('created');
  });

  test('edits the person; the change shows and is on the history tab', async () => {
    await page.getByRole('link', { name: '编辑' }).click();
    await page.waitForURL(new RegExp(`#/people/${newPersonId}$`));
    // The masked id stays in the form; saved as it is, the id is unchanged.
    await expect(field('身份证号').inputValue()).resolves.toBe(maskOf(NEW_ID));
    await field('手机号').fill(NEW_PERSON.editedPhone);
    await field('商会职务').fill(NEW_PERSON.posts);
    await page.getByRole('combobox', { name: /学历/ }).click();
    await page.getByRole('option', { name: '本科' }).click();
    await shot('edit');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(new RegExp(`#/people/${newPersonId}/show`));
    await page.getByText('已保存').waitFor();
    const summary = page.getByTestId('person-summary');
    await summary.getByText(NEW_PERSON.editedPhone).waitFor();
    await summary.getByText(NEW_PERSON.posts, { exact: true }).waitFor();
    await summary.getByText('本科', { exact: true }).waitFor();

    await page.getByRole('tab', { name: '变更记录' }).click();
    const created = page.getByRole('row').filter({ has: page.locator('[data-action="person.create"]') });
    await created.getByText('新建人员').waitFor();
    await page.locator('[data-action="person.update"]').getByText('修改人员').waitFor();
    await created.locator('td.column-at').click();
    const changes = page.getByTestId('audit-changes');
    await changes.locator('[data-field="membershipStatus"]').getByText('群众').waitFor();
    await changes.locator('[data-field="relation"]').getByText('组织关系在此').waitFor();
    await changes.locator('[data-field="gender"]').getByText('男', { exact: true }).waitFor();
    await changes.locator('[data-field="organizationId"]').getByText('贵州省湖南商会').waitFor();
    await shot('history');
  });

  test('previews a people sheet row by row: what it read, and each row\'s problems under the template\'s column names', async () => {
    await openList();
    await page.getByRole('button', { name: '导入' }).click();
    const header = '姓名*,所属组织*,身份证号,性别,出生日期,民族,学历,手机号,工作单位,职务,党员状态,组织关系,入党日期,转正日期';
    const rows = [
      '黔湘甲,贵州省湖南商会,,男,1990-01-01,,,1388510,,,群众,,,',
      '黔湘乙,贵州省湖南商会,,女,1991-02-02,,,13885100019,,,正式党员,组织关系在此,2030-07-01,',
      '黔湘丙,贵州省湖南商会,,女,1992-03-03,,,0851-85551234,,,党员,,,',
      '黔湘丁,贵州省湖南商会,,男,1993-04-04,,,13885100020,,,群众,,,',
    ];
    const csv = Buffer.from(`\ufeff${header}\n${rows.join('\n')}\n`, 'utf8');
    await page.getByTestId('people-import-file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: csv });
    const outcome = page.getByTestId('people-import-outcome');
    await outcome.getByText('发现 3 个问题，请修改文件后重新选择。').waitFor();
    const preview = page.getByTestId('people-import-preview');
    const row = (n: number) => preview.locator(`tr[data-row="${n}"]`);
    // Every row is listed with what was read from it.
    await expect(preview.locator('tbody tr').count()).resolves.toBe(4);
    await row(2).getByText('黔湘甲').waitFor();
    await row(2).getByText('贵州省湖南商会').waitFor();
    await row(2).getByText('1388510').waitFor();
    await row(3).getByText('正式党员').waitFor();
    // Each row's problems sit on it, named by the sheet's columns.
    await row(2).getByText(/^手机号：请填写 11 位手机号/).waitFor();
    await row(3).getByText(/^入党日期：不能晚于今天/).waitFor();
    await row(4).getByText(/^党员状态：/).waitFor();
    await row(5).getByText('无问题').waitFor();
    await expect(preview.getByText(/人员类别/).count()).resolves.toBe(0);
    await expect(outcome.getByText('没有发现问题，可以导入。').count()).resolves.toBe(0);
    await expect(dialog().getByRole('button', { name: '确认导入' }).isDisabled()).resolves.toBe(true);
    await shotBoth('import-preview', { dialog: true });
    await dialog().getByRole('button', { name: '取消' }).click();
    await dialog().waitFor({ state: 'detached' });
  });

  test('finds people by the name of the organization that keeps them', async () => {
    await openList();
    const search = page.getByPlaceholder('搜索姓名、拼音首字母、所属组织、手机号或身份证号');
    await search.fill('查无此人ZZZ');
    await page.getByText('没有符合条件的人员').waitFor();
    // Nobody is named 湖南商会: those found are kept by the chamber or by one of its organizations.
    await search.fill('湖南商会');
    await page.getByText(/共 \d+ 条/).first().waitFor();
    expect(await listTotal(page)).toBeGreaterThan(0);
    const first = page.locator('tbody tr').first();
    await expect(first.locator('td.column-organizationId').innerText()).resolves.toMatch(/湖南商会/);
    await shotBoth('search-organization');
  });

  test('goes from a case in the list to the case, and from a person to their cases', async () => {
    const cookie = await apiSignIn(server!, 'hunan');
    const { allDevelopmentCases } = await graphql<{ allDevelopmentCases: { id: string; person: { id: string; name: string } }[] }>(
      server!,
      { cookie },
      '{ allDevelopmentCases(sortField: "appliedOn", sortOrder: "DESC", perPage: 1, filter: { open: true }) { id person { id name } } }',
    );
    const [kase] = allDevelopmentCases;
    await open(`/developmentCases?filter=${encodeURIComponent('{"open":"true"}')}&order=DESC&sort=appliedOn`);
    // The name in the list opens the case, as the row does.
    const nameLink = page.getByRole('link', { name: kase.person.name, exact: true }).first();
    await expect(nameLink.getAttribute('href')).resolves.toBe(`#/developmentCases/${kase.id}/show`);
    await shotBoth('case-list');
    await nameLink.click();
    await page.waitForURL(new RegExp(`#/developmentCases/${kase.id}/show`));

    await open(`/people/${kase.person.id}/show`);
    await page.getByRole('tab', { name: '发展党员' }).click();
    const cases = page.getByTestId('person-cases');
    await cases.locator('tbody tr').first().waitFor();
    await shotBoth('cases');
    await cases.locator('tbody tr').first().click();
    await page.waitForURL(/#\/developmentCases\/\d+\/show/);
  });

  test('archives the person, who then leaves the everyday list', async () => {
    await open(`/people/${newPersonId}/show`);
    await page.getByRole('button', { name: '归档' }).click();
    await dialog().getByText(`归档「${NEW_PERSON.name}」？`).waitFor();
    await dialog().getByRole('button', { name: '确认' }).click();
    await page.getByTestId('archived-notice').getByText(/此人员已于 .* 归档/).waitFor();
    await page.getByRole('button', { name: '恢复' }).waitFor();
    await expect(page.getByRole('link', { name: '编辑' }).count()).resolves.toBe(0);
    await shot('archived');

    await openList();
    await page.getByPlaceholder('搜索姓名、拼音首字母、所属组织、手机号或身份证号').fill(NEW_PERSON.name);
    await page.getByText('没有符合条件的人员').waitFor();
    await page.getByLabel('显示已归档').check();
    await page.getByRole('cell', { name: NEW_PERSON.name, exact: true }).waitFor();
    await signOut(page);
  });

  test('shows chamber staff the national ids masked, and no archiving', async () => {
    await signIn(page, server!, 'hunan-staff', '湖南商会工作人员');
    await openList();
    await page.getByPlaceholder('搜索姓名、拼音首字母、所属组织或手机号').waitFor();
    await page.locator('[data-testid="national-id"][data-masked="true"]').first().waitFor();
    await expect(page.locator('[data-testid="national-id"][data-masked="false"]').count()).resolves.toBe(0);

    await open(`/people/${member.id}/show`);
    const nationalId = page.getByTestId('person-summary').getByTestId('national-id');
    const masked = maskOf(member.nationalId);
    await expect(nationalId.innerText()).resolves.toBe(masked);
    // Staff may not show it whole.
    await expect(page.getByTestId('reveal-national-id').count()).resolves.toBe(0);
    await page.getByRole('link', { name: '编辑' }).waitFor();
    await expect(page.getByRole('button', { name: '归档' }).count()).resolves.toBe(0);
    await expect(page.getByRole('tab', { name: '变更记录' }).count()).resolves.toBe(0);
    await shot('staff-show');

    await page.getByRole('link', { name: '编辑' }).click();
    await expect(field('身份证号').inputValue()).resolves.toBe(masked);
    await helperOf('nationalId').getByText(/身份证号只显示部分/).waitFor();
    await page.getByRole('button', { name: '保存' }).waitFor();
    await expect(page.getByRole('button', { name: '永久删除' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '删除' }).count()).resolves.toBe(0);
    await shot('staff-edit');
  });

  test('reads in English too', async () => {
    await openList();
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('columnheader', { name: 'Membership' }).waitFor();
    await page.locator('[data-membership-status="FULL"]').first().getByText('Full member').waitFor();
    await shot('list-en');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: '中文' }).click();
    await page.getByRole('columnheader', { name: '人员类别' }).waitFor();
  });
});
