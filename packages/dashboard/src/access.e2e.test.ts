/**
 * Accounts, scoped access and the audit trail in the built dashboard, in headless Chromium:
 * what a chamber coordinator sees, what an administrator manages, and what the trail shows.
 * Needs `npm run build` first (turbo's test task depends on build).
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  apiSignIn,
  artifacts,
  DEMO_PASSWORD,
  checkBuilt,
  fillDate,
  graphql,
  launchBrowser,
  listTotal,
  newPage,
  signIn,
  signOut,
  startServer,
  stopServer,
  submitSignIn,
  type RunningServer,
} from './e2eHarness';

jest.setTimeout(120_000);

const NEW_USER = { username: 'hunan-liu', displayName: '刘湘', password: 'Qianling-2026!' };

describe('access and audit in the dashboard', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  let adminCookie: string;
  let hunanId: string;
  let sichuanId: string;
  let adminTotal: number;
  const pageErrors: string[] = [];

  const shot = async (name: string) => {
    // Let dialogs finish closing and notifications finish sliding in.
    await page.locator('.MuiDialog-root').waitFor({ state: 'detached' });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(artifacts, `access-${name}.png`), fullPage: true });
  };

  /** Loads a page of the dashboard afresh, with nothing left from the previous test. */
  const open = async (route: string) => {
    await page.goto('about:blank');
    await page.goto(`${server!.url}/#${route}`);
  };

  const menu = () => page.locator('.RaSidebar-fixed');
  const dialog = () => page.getByRole('dialog');

  beforeAll(async () => {
    checkBuilt();
    server = await startServer();
    adminCookie = await apiSignIn(server, 'admin');
    const chamber = async (name: string) =>
      (await graphql<{ allOrganizations: { id: string }[] }>(server!, { cookie: adminCookie }, 'query($q: String) { allOrganizations(filter: { q: $q, kind: CHAMBER }) { id } }', { q: name }))
        .allOrganizations[0].id;
    hunanId = await chamber('贵州省湖南商会');
    sichuanId = await chamber('贵州省四川商会');
    adminTotal = (await graphql<{ _allOrganizationsMeta: { count: number } }>(server, { cookie: adminCookie }, '{ _allOrganizationsMeta { count } }'))._allOrganizationsMeta.count;

    browser = await launchBrowser();
    ({ context, page } = await newPage(browser, pageErrors));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  });

  afterAll(async () => {
    await browser?.close();
    await stopServer(server);
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  test('says so when the password is wrong', async () => {
    await page.goto(`${server!.url}/`);
    await page.waitForURL(/#\/login/);
    await shot('sign-in');
    await submitSignIn(page, server!, 'hunan', 'not-the-password');
    await page.getByTestId('sign-in-error').getByText('用户名或密码不正确，或者账户已停用。').waitFor();
    expect(page.url()).toMatch(/#\/login/);
    await shot('wrong-password');
  });

  test('shows a chamber coordinator only their chamber’s subtree', async () => {
    await signIn(page, server!, 'hunan', '湖南商会协调员');
    await page.getByTestId('home-dashboard').waitFor();
    await menu().getByText('组织', { exact: true }).click();
    await page.waitForURL(/#\/organizations/);
    await page.getByRole('cell', { name: /贵州省湖南商会/ }).first().waitFor();
    const total = await listTotal(page);
    expect(total).toBeGreaterThan(1);
    expect(total).toBeLessThan(adminTotal);
    await shot('coordinator-list-all');

    await page.getByPlaceholder('搜索名称、拼音首字母或信用代码').fill('商会');
    await page.getByRole('cell', { name: '贵州省湖南商会 湖南商会' }).waitFor();
    await page.waitForFunction(() => !document.body.innerText.includes('贵州省四川商会'));
    await expect(menu().getByText('用户管理').count()).resolves.toBe(0);
    await shot('coordinator-list');

    // The audit trail, too, holds only what happened in the chamber's subtree. (The search is put in
    // the address a moment after the list shows it: leaving before that would come back to the list.)
    await page.waitForURL(/%22q%22%3A%22%E5%95%86%E4%BC%9A%22/);
    await menu().getByText('审计日志').click();
    await page.waitForURL(/#\/auditEntries/);
    await page.locator('[data-action="auth.signIn"]').first().waitFor();
    await expect(page.locator('td.column-organizationId').getByText('省商务厅').count()).resolves.toBe(0);
    await expect(page.locator('td.column-actorName').getByText('admin', { exact: true }).count()).resolves.toBe(0);
    // Their own failed sign-in of the first test is there too, found by its action.
    await open(`/auditEntries?filter=${encodeURIComponent(JSON.stringify({ action: 'auth.signInFailed' }))}`);
    await page.locator('[data-action="auth.signInFailed"]').first().waitFor();
    await expect(page.locator('td.column-actorName').getByText('admin', { exact: true }).count()).resolves.toBe(0);
    await shot('coordinator-audit');
  });

  test('answers another chamber’s record by address with “not found”', async () => {
    await open(`/organizations/${sichuanId}/show`);
    await page.getByTestId('not-found').getByText('未找到').waitFor();
    await expect(page.getByText('贵州省四川商会').count()).resolves.toBe(0);
    await shot('coordinator-not-found');

    await open(`/organizations/${hunanId}`);
    await page.getByText('只有部门管理员可以调整组织状态').waitFor();
    await open('/users');
    await page.getByTestId('access-denied').getByText('无权访问').waitFor();
    await shot('coordinator-access-denied');
    // The page asks nothing of the server that the role may not have: no denial on the trail.
    const denied = await graphql<{ _allAuditEntriesMeta: { count: number } }>(
      server!,
      { cookie: adminCookie },
      '{ _allAuditEntriesMeta(filter: { action: "access.denied" }) { count } }',
    );
    expect(denied._allAuditEntriesMeta.count).toBe(0);
    await signOut(page);
  });

  test('hides archiving and deleting from chamber staff', async () => {
    await signIn(page, server!, 'hunan-staff', '湖南商会工作人员');
    await open(`/organizations/${hunanId}/show`);
    await page.getByRole('link', { name: '编辑' }).waitFor();
    await expect(page.getByRole('button', { name: '归档' }).count()).resolves.toBe(0);
    await expect(menu().getByText('审计日志').count()).resolves.toBe(0);
    await expect(page.getByRole('tab', { name: '变更记录' }).count()).resolves.toBe(0);
    await open(`/organizations/${hunanId}`);
    await page.getByRole('button', { name: '保存' }).waitFor();
    // Neither 永久删除 nor 归档 on the edit page's toolbar.
    await expect(page.getByRole('button', { name: '删除' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: '归档' }).count()).resolves.toBe(0);
    await page.getByLabel('上级组织', { exact: true }).and(page.locator('[readonly]')).waitFor();
    await shot('staff-edit');
    // The parent lies outside the staff member's organizations; saving other fields leaves it be.
    await page.getByLabel('联系电话', { exact: true }).fill('0851-86660001');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('已保存').waitFor();
    await page.getByText('0851-86660001').waitFor();
    await signOut(page);
  });

  test('starts a trainee on their own training, with nothing to manage', async () => {
    await signIn(page, server!, 'trainee', '学员');
    // The start page (wherever the sign-in led) sends a trainee to 我的培训.
    await page.goto('about:blank');
    await page.goto(`${server!.url}/#/`);
    await page.waitForURL(/#\/myTraining/);
    await page.getByTestId('my-training').getByText('课程签到').waitFor();
    await expect(menu().getByText('组织').count()).resolves.toBe(0);
    await shot('trainee-home');
    await signOut(page);
  });

  test('lets the administrator create a user', async () => {
    await signIn(page, server!, 'admin', '部门管理员');
    await menu().getByText('用户管理').click();
    await page.getByRole('cell', { name: 'hunan-staff' }).waitFor();
    await shot('users');

    await page.getByRole('link', { name: '新建' }).click();
    await page.locator('input[name="username"]').fill(NEW_USER.username);
    await page.locator('input[name="displayName"]').fill(NEW_USER.displayName);
    await page.getByRole('combobox', { name: /角色/ }).click();
    await page.getByRole('option', { name: '商会协调员' }).click();
    await page.getByText(/管理所属组织及其全部下级组织/).waitFor();
    await page.getByRole('combobox', { name: /所属组织/ }).fill('贵州省湖南商会');
    await page.getByRole('option', { name: '贵州省湖南商会', exact: true }).click();
    await page.locator('input[name="password"]').fill(NEW_USER.password);
    await shot('user-create');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/users\/\d+\/show/);
    await page.getByText(NEW_USER.displayName).first().waitFor();
    await page.getByText('商会协调员').first().waitFor();
    await shot('user-show');
  });

  test('resets the new user’s password, who then signs in with it', async () => {
    await page.getByRole('button', { name: '重置密码' }).click();
    await dialog().locator('input[name="newPassword"]').fill('Loushan-Pass-88');
    await dialog().getByRole('button', { name: '重置密码' }).click();
    await page.getByText(`已重置「${NEW_USER.displayName}」的密码`).waitFor();

    const cookie = await apiSignIn(server!, NEW_USER.username, 'Loushan-Pass-88');
    const { me } = await graphql<{ me: { user: { role: string } } }>(server!, { cookie }, '{ me { user { role } } }');
    expect(me.user.role).toBe('COORDINATOR');
  });

  test('shows the sign-ins and the changes in the audit trail', async () => {
    await open('/auditEntries');
    await page.getByRole('columnheader', { name: '操作', exact: true }).waitFor();
    for (const action of ['新建用户', '重置密码', '登录', '登录失败']) {
      await page.locator(`[data-action]`).filter({ hasText: new RegExp(`^${action}$`) }).first().waitFor();
    }
    await shot('audit');

    const created = page.getByRole('row').filter({ has: page.locator('[data-action="user.create"]') }).first();
    // The time cell: other cells hold links to the actor, the record and the organization.
    await created.locator('td.column-at').click();
    const changes = page.getByTestId('audit-changes');
    await changes.locator('[data-field="displayName"]').getByText(NEW_USER.displayName).waitFor();
    await changes.locator('[data-field="role"]').getByText('商会协调员').waitFor();
    await changes.locator('[data-field="organizationId"]').getByText('贵州省湖南商会').waitFor();
    await shot('audit-expanded');

    await page.getByRole('combobox', { name: '操作', exact: true }).click();
    await page.getByRole('option', { name: '登录失败' }).click();
    await page.locator('[data-action="auth.signInFailed"]').first().waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-action="auth.signIn"]'));
    await page.getByRole('row').filter({ has: page.locator('[data-action="auth.signInFailed"]') }).first().locator('td.column-at').click();
    await page.getByTestId('audit-changes').getByText('密码错误').waitFor();
    await shot('audit-sign-in-failed');

    await fillDate(page, '截止日期', '2020-01-31');
    await page.getByText('没有符合条件的审计记录').waitFor();
    await fillDate(page, '截止日期', '');
    await page.locator('[data-action="auth.signInFailed"]').first().waitFor();
  });

  test('lists a change on the organization’s history tab', async () => {
    await open(`/organizations/${hunanId}`);
    await page.getByLabel('行业', { exact: true }).or(page.getByLabel('地址', { exact: true })).first().waitFor();
    await page.getByLabel('地址', { exact: true }).fill('贵州省贵阳市南明区湘雅路 1 号');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(new RegExp(`#/organizations/${hunanId}/show`));

    await page.getByRole('tab', { name: '变更记录' }).click();
    const row = page.getByRole('row').filter({ has: page.locator('[data-action="organization.update"]') }).first();
    // Who changed it, by the account's display name.
    await row.getByText('部门管理员').waitFor();
    await row.locator('td.column-at').click();
    await page.getByTestId('audit-changes').locator('[data-field="address"]').getByText('贵州省贵阳市南明区湘雅路 1 号').waitFor();
    await shot('organization-history');
  });

  test('creates an API token on 我的账户, shows it once, and revokes it', async () => {
    await page.getByRole('button', { name: '账户' }).click();
    await page.getByRole('menuitem', { name: '我的账户' }).click();
    await page.waitForURL(/#\/account/);
    await page.getByRole('heading', { name: 'API 令牌' }).waitFor();
    await page.getByText('还没有 API 令牌').waitFor();

    await page.getByRole('button', { name: '新建令牌' }).click();
    await dialog().locator('input[name="name"]').fill('数据同步脚本');
    // Every token expires; making one asks for the password again.
    await dialog().getByRole('combobox', { name: '有效期' }).click();
    await page.getByRole('option', { name: '30 天' }).click();
    await dialog().locator('input[name="password"]').fill('wrong-password-1');
    await dialog().getByRole('button', { name: '新建令牌' }).click();
    await dialog().getByText(/不正确/).first().waitFor();
    await dialog().locator('input[name="password"]').fill(DEMO_PASSWORD);
    await dialog().getByRole('button', { name: '新建令牌' }).click();
    const tokenInput = dialog().getByTestId('new-token');
    await tokenInput.waitFor();
    const token = await tokenInput.inputValue();
    expect(token).toMatch(/^gh_/);
    await dialog().getByText(/关闭此窗口后将无法再次查看/).waitFor();
    await dialog().getByRole('button', { name: '复制' }).click();
    await page.getByText('已复制到剪贴板').waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(token);
    await page.screenshot({ path: path.join(artifacts, 'access-token-created.png'), fullPage: true });

    const { me } = await graphql<{ me: { user: { username: string } } }>(server!, { token }, '{ me { user { username } } }');
    expect(me.user.username).toBe('admin');

    await dialog().getByRole('button', { name: '我已保存，关闭' }).click();
    const row = page.locator('[data-token="数据同步脚本"]');
    await row.getByText('有效').waitFor();
    await expect(row.innerText()).resolves.not.toContain(token);
    await shot('account');

    await row.getByRole('button', { name: '撤销' }).click();
    await dialog().getByText('撤销令牌「数据同步脚本」？').waitFor();
    await dialog().getByRole('button', { name: '撤销' }).click();
    await row.getByText('已撤销').waitFor();
    await expect(graphql(server!, { token }, '{ allOrganizations(perPage: 1) { id } }')).rejects.toThrow(/UNAUTHENTICATED/);
    await shot('token-revoked');
  });

  test('changes the signed-in user’s own password', async () => {
    await signOut(page);
    await signIn(page, server!, NEW_USER.username, NEW_USER.displayName, 'Loushan-Pass-88');
    await open('/account');
    await page.locator('input[name="currentPassword"]').fill('wrong-password-1');
    await page.locator('input[name="newPassword"]').fill('Xiangjiang-2027');
    await page.locator('input[name="confirmPassword"]').fill('Xiangjiang-2027');
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('当前密码不正确').waitFor();
    await page.locator('input[name="currentPassword"]').fill('Loushan-Pass-88');
    await page.getByRole('button', { name: '修改密码' }).click();
    await page.getByText('密码已修改').waitFor();
    await shot('password-changed');
    await apiSignIn(server!, NEW_USER.username, 'Xiangjiang-2027');
  });

  test('tells a user who failed several times in a row how long to wait, and the wait ends', async () => {
    await signOut(page);
    // From the third failure in a row on, the next try from this address waits: 1, 2, 4 … seconds.
    for (let attempt = 0; attempt < 4; attempt += 1) {
      await submitSignIn(page, server!, NEW_USER.username, `wrong-${attempt}-password`);
      await page.getByTestId('sign-in-error').waitFor();
      if (attempt === 2) await page.waitForTimeout(1200);
    }
    await submitSignIn(page, server!, NEW_USER.username, 'Xiangjiang-2027');
    await page.getByTestId('sign-in-error').getByText(/登录尝试太频繁，请 \d+ 秒后再试/).waitFor();
    await shot('slowed');
    await page.waitForTimeout(2200);
    await apiSignIn(server!, NEW_USER.username, 'Xiangjiang-2027');
  });

  test('disables an account from its edit page, and it can no longer sign in', async () => {
    await signIn(page, server!, 'admin', '部门管理员');
    const { allUsers } = await graphql<{ allUsers: { id: string; username: string }[] }>(server!, { cookie: adminCookie }, '{ allUsers(perPage: 100) { id username } }');
    await open(`/users/${allUsers.find((u) => u.username === NEW_USER.username)!.id}/show`);
    await page.getByRole('link', { name: '编辑' }).click();
    await page.getByLabel('用户名', { exact: true }).and(page.locator('[readonly]')).waitFor();
    await page.getByLabel('停用此账户').check();
    await shot('user-edit');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/users\/\d+\/show/);
    await page.locator('[data-status="disabled"]').waitFor();
    await expect(apiSignIn(server!, NEW_USER.username, 'Xiangjiang-2027')).rejects.toThrow(/UNAUTHENTICATED/);
    await open('/users');
    await page.getByRole('combobox', { name: '角色' }).click();
    await page.getByRole('option', { name: '商会协调员' }).click();
    await page.getByRole('row').filter({ hasText: NEW_USER.username }).locator('[data-status="disabled"]').waitFor();
    await page.getByRole('row').filter({ hasText: 'hunan-staff' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '添加搜索条件' }).click();
    await page.getByRole('menu').getByText('账户状态', { exact: true }).click();
    await page.getByRole('combobox', { name: '账户状态' }).click();
    await page.getByRole('option', { name: '正常' }).click();
    await page.getByRole('row').filter({ hasText: NEW_USER.username }).waitFor({ state: 'detached' });
    await page.getByRole('cell', { name: 'hunan', exact: true }).waitFor();
    await page.getByRole('combobox', { name: '账户状态' }).click();
    await page.getByRole('option', { name: '已停用' }).click();
    await page.getByRole('cell', { name: 'hunan', exact: true }).waitFor({ state: 'detached' });
    await page.getByRole('row').filter({ hasText: NEW_USER.username }).waitFor();
    await shot('users-filtered');
  });
});
